package org.openmom.app.explorer.tree;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.config.ReflexKind;
import org.openmom.icons.OpenMomIcon;

/**
 * One node of the Explorer's tree, as the server last described it. Immutable: a refresh puts a
 * new node into the same tree item (found by {@link #key()}), so selection and expansion stay.
 *
 * @param kind       what it is
 * @param key        identifies the node among its siblings across refreshes
 * @param text       what the tree shows
 * @param connection the server connection it belongs to
 * @param payload    the server's description: ServerSnapshot, ServiceInfo, ReflexInfo, ReflexKind, RouterInfo, ActivationInfo, MailboxRef or
 *                   MessageSummary (or null)
 * @param mailbox    the mailbox a message node or mailbox node is about, or null
 * @param total      how many messages a mailbox node holds, or -1
 */
public record ExplorerNode(NodeKind kind, String key, String text, ServerConnection connection, Object payload,
        MailboxRef mailbox, int total) {
    public ExplorerNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    /** A message or seed as listed in {@code mailbox}: the tree's rows and the message table's selection. */
    public static ExplorerNode ofMessage(MessageSummary message, MailboxRef mailbox, ServerConnection connection) {
        return new ExplorerNode(NodeKind.messageIn(mailbox.kind()), "m" + message.id(), messageText(message), connection, message,
                mailbox, -1);
    }

    /** {@code #ID  FROM → TO  EVENT  (SIZE B)  [flags]  in flight}. */
    static String messageText(MessageSummary message) {
        return "#" + message.id() + "  " + message.from() + " → " + message.to() + "  " + message.event()
                + "  (" + message.size() + " B)" + (message.flags().isEmpty() ? "" : "  [" + flagsText(message) + "]")
                + (message.inFlight() ? "  in flight" : "");
    }

    /** Its flags in lower case, sorted: {@code anycast, persistent}; empty when none. */
    public static String flagsText(MessageSummary message) {
        return message.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
    }

    /** The icon the tree shows for it. */
    public OpenMomIcon icon() {
        if (kind == NodeKind.REFLEX || kind == NodeKind.REFLEX_GROUP) {
            ReflexKind reflexKind = payload instanceof ReflexInfo reflex ? reflex.kind() : (ReflexKind) payload;
            return NodeKind.reflexIcon(reflexKind);
        }
        if (kind == NodeKind.MAILBOX_SECTION) {
            return NodeKind.sectionIcon(mailbox.kind());
        }
        return kind.icon();
    }

    public ServiceInfo service() {
        return payload instanceof ServiceInfo service ? service : null;
    }

    public ReflexInfo reflex() {
        return payload instanceof ReflexInfo reflex ? reflex : null;
    }

    public MessageSummary message() {
        return payload instanceof MessageSummary message ? message : null;
    }

    public ActivationInfo activation() {
        return payload instanceof ActivationInfo activation ? activation : null;
    }

    public RouterInfo router() {
        return payload instanceof RouterInfo router ? router : null;
    }

    /**
     * Whether the tree shows it as a problem: a server whose connection failed or was lost, a
     * router whose link is down, an activated program that crash-looped.
     */
    public boolean hasProblem() {
        if (kind == NodeKind.SERVER) {
            return connection.stateProperty().get().isProblem();
        }
        RouterInfo router = router();
        return router != null && !router.connected() && !router.lastError().isEmpty()
                || activation() != null && activation().state() == ActivationState.FAILED;
    }

    /**
     * Whether the Enable/Disable action applies: not to a Logging Service, which cannot change
     * while the server runs.
     */
    public boolean hasStatus() {
        return kind == NodeKind.SERVER || kind == NodeKind.SERVICE || kind == NodeKind.ADMINISTRATION_SERVICE
                || kind == NodeKind.REFLEX && reflex() != null && reflex().kind() != ReflexKind.LOGGING_SERVICE;
    }

    /**
     * Whether {@code other} shows the same thing: a message never changes once posted (and its
     * summary holds an array, which records compare by identity), so its text is enough.
     */
    public boolean sameAs(ExplorerNode other) {
        if (kind.isMessage() && other.kind == kind) {
            return text.equals(other.text) && Objects.equals(mailbox, other.mailbox) && connection == other.connection;
        }
        return equals(other);
    }

    /** Whether it is a server, service or reflex whose status is Disabled. */
    public boolean isDisabled() {
        if (payload instanceof ServiceInfo service) {
            return !service.status().isEnabled();
        }
        if (payload instanceof ReflexInfo reflex) {
            return !reflex.status().isEnabled();
        }
        return payload instanceof ServerSnapshot snapshot && !snapshot.server().status().isEnabled();
    }

    @Override
    public String toString() {
        return text;
    }
}
