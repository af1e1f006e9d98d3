package org.openmom.app.explorer.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.app.common.tree.FilterableTreeItem;
import org.openmom.config.ReflexKind;
import org.openmom.routes.RouterKind;

/**
 * Lays out one server's part of the tree from what the server said (guide: "The OpenMOM
 * explorer interface"): Services → service → Mailbox; Administration Services; Routers → router →
 * the messages waiting in it; Server Mailbox → its four sections; Reflexes grouped by kind.
 */
final class ServerTree {
    /** Messages listed per page of a mailbox: enough to browse, few enough to read at once. */
    static final int PAGE_SIZE = 200;

    private static final MailboxKind[] SECTIONS = {
        MailboxKind.MESSAGE_SEEDS, MailboxKind.PERSISTENT_MESSAGE_SEEDS, MailboxKind.GLOBAL_MESSAGES, MailboxKind.GLOBAL_MESSAGE_SEEDS
    };

    private ServerTree() {}

    /**
     * Updates the children of the server item; {@code newMailbox} is told of each mailbox item
     * (new or reused) so its messages can be read when it is expanded.
     */
    static void update(FilterableTreeItem<ExplorerNode> serverItem, ServerConnection connection, ServerPicture picture,
            Consumer<FilterableTreeItem<ExplorerNode>> eachMailbox) {
        ServerSnapshot snapshot = picture.snapshot();
        List<ExplorerNode> top = new ArrayList<>(List.of(
                folder(NodeKind.SERVICES, "services", "Services (" + snapshot.services().size() + ")", connection),
                folder(NodeKind.ADMINISTRATION_SERVICES, "admin", "Administration Services ("
                        + snapshot.administrationServices().size() + ")", connection),
                folder(NodeKind.ROUTERS, "routers", "Routers (" + snapshot.routers().size() + ")", connection),
                folder(NodeKind.SERVER_MAILBOX, "server-mailbox", "Server Mailbox (" + picture.serverMailboxTotal() + ")", connection),
                folder(NodeKind.REFLEXES, "reflexes", "Reflexes (" + snapshot.reflexesByKind().values().stream().mapToInt(List::size).sum()
                        + ")", connection),
                folder(NodeKind.TRASH, "trash", "Trash", connection),
                folder(NodeKind.AUDIT_LOG, "audit", "Audit Log", connection)));
        int activationsAt = top.size();
        top.addAll(ActivationNodes.folder(snapshot, connection));
        List<FilterableTreeItem<ExplorerNode>> items = TreeSync.sync(serverItem, top);
        if (items.size() > activationsAt) {
            ActivationNodes.sync(items.get(activationsAt), snapshot, connection);
        }

        List<FilterableTreeItem<ExplorerNode>> services = TreeSync.sync(items.get(0),
                snapshot.services().stream().map(s -> serviceNode(NodeKind.SERVICE, s, connection)).toList());
        for (int i = 0; i < services.size(); i++) {
            ServiceInfo service = snapshot.services().get(i);
            MailboxRef ref = MailboxRef.service(service.instanceId());
            List<FilterableTreeItem<ExplorerNode>> mailbox = TreeSync.sync(services.get(i), List.of(
                    mailboxNode(NodeKind.MAILBOX, "Mailbox", ref, service.mailboxSize(), connection)));
            eachMailbox.accept(mailbox.get(0));
        }
        TreeSync.sync(items.get(1), snapshot.administrationServices().stream()
                .map(s -> serviceNode(NodeKind.ADMINISTRATION_SERVICE, s, connection)).toList());

        List<FilterableTreeItem<ExplorerNode>> routers = TreeSync.sync(items.get(2),
                snapshot.routers().stream().map(r -> routerNode(r, connection)).toList());
        for (int i = 0; i < routers.size(); i++) {
            RouterInfo router = snapshot.routers().get(i);
            // a router's queue is paged like a mailbox: the messages waiting to be forwarded or confirmed
            List<FilterableTreeItem<ExplorerNode>> queue = TreeSync.sync(routers.get(i), router.queueId() > 0
                    ? List.of(mailboxNode(NodeKind.MAILBOX, "Waiting", MailboxRef.service(router.queueId()), router.waiting(), connection))
                    : List.of());
            queue.forEach(eachMailbox);
        }

        List<ExplorerNode> sections = new ArrayList<>();
        for (MailboxKind section : SECTIONS) {
            sections.add(mailboxNode(NodeKind.MAILBOX_SECTION, section.displayName(), MailboxRef.server(section),
                    picture.sectionTotals().getOrDefault(section, 0), connection));
        }
        TreeSync.sync(items.get(3), sections).forEach(eachMailbox);

        Map<ReflexKind, List<ReflexInfo>> byKind = snapshot.reflexesByKind();
        List<ExplorerNode> groups = byKind.entrySet().stream().map(entry -> {
            long disabled = entry.getValue().stream().filter(r -> !r.status().isEnabled()).count();
            String text = entry.getKey().displayName() + " (" + entry.getValue().size()
                    + (disabled > 0 ? ", " + disabled + " disabled" : "") + ")";
            return new ExplorerNode(NodeKind.REFLEX_GROUP, entry.getKey().name(), text, connection, entry.getKey(), null, -1);
        }).toList();
        List<FilterableTreeItem<ExplorerNode>> groupItems = TreeSync.sync(items.get(4), groups);
        int g = 0;
        for (List<ReflexInfo> reflexes : byKind.values()) {
            TreeSync.sync(groupItems.get(g++), reflexes.stream().map(r -> reflexNode(r, connection)).toList());
        }
    }

    /** Lists a page of messages under a mailbox item, with a "Show more" node when more follow. */
    static void showMessages(FilterableTreeItem<ExplorerNode> mailboxItem, ServerConnection connection, List<MessageSummary> messages,
            int total) {
        ExplorerNode mailbox = mailboxItem.getValue();
        List<ExplorerNode> nodes = new ArrayList<>(messages.size() + 1);
        for (MessageSummary message : messages) {
            nodes.add(ExplorerNode.ofMessage(message, mailbox.mailbox(), connection));
        }
        if (messages.size() < total) {
            nodes.add(new ExplorerNode(NodeKind.MORE, "more", "Show " + Math.min(PAGE_SIZE, total - messages.size())
                    + " more of " + (total - messages.size()) + " not listed…", connection, null, mailbox.mailbox(), -1));
        }
        TreeSync.sync(mailboxItem, nodes);
    }

    /** Before the messages are read: one "Loading…" child, so the mailbox can be expanded. */
    static void showNotRead(FilterableTreeItem<ExplorerNode> mailboxItem) {
        ExplorerNode mailbox = mailboxItem.getValue();
        TreeSync.sync(mailboxItem, mailbox.total() > 0
                ? List.of(new ExplorerNode(NodeKind.LOADING, "loading", "Loading…", mailbox.connection(), null, mailbox.mailbox(), -1))
                : List.of());
    }

    private static ExplorerNode folder(NodeKind kind, String key, String text, ServerConnection connection) {
        return new ExplorerNode(kind, key, text, connection, null, null, -1);
    }

    private static ExplorerNode serviceNode(NodeKind kind, ServiceInfo service, ServerConnection connection) {
        String text = service.who() + "  #" + service.instanceId() + "  — " + statusText(service.status().isEnabled())
                + (kind == NodeKind.SERVICE ? "  (" + service.mailboxSize() + " in mailbox)" : "")
                + (service.rotation() == null ? "" : "  — " + service.rotation());
        return new ExplorerNode(kind, "i" + service.instanceId(), text, connection, service, null, -1);
    }

    private static ExplorerNode mailboxNode(NodeKind kind, String name, MailboxRef ref, int total, ServerConnection connection) {
        return new ExplorerNode(kind, ref.kind() + "/" + ref.instanceId(), name + " (" + total + ")", connection, ref, ref, total);
    }

    /** {@code ToParis  —  Server Router → Paris/1  —  connected  (forwarded 12, waiting 0)}. */
    private static ExplorerNode routerNode(RouterInfo router, ServerConnection connection) {
        String what = router.kind() == RouterKind.SERVER ? "" : " " + router.what();
        String text = router.name() + "  —  " + router.kind().displayName() + what + " → " + router.target().serverName() + "/"
                + router.target().serverRole() + "  —  " + router.state() + "  (forwarded " + router.forwarded() + ", waiting "
                + router.waiting() + (router.dropped() > 0 ? ", dropped " + router.dropped() : "") + ")";
        return new ExplorerNode(NodeKind.ROUTER, "router:" + router.name(), text, connection, router, null, -1);
    }

    private static ExplorerNode reflexNode(ReflexInfo reflex, ServerConnection connection) {
        String text = reflex.serviceName() + "  " + reflex.key() + "  " + reflex.value() + "  — " + statusText(reflex.status().isEnabled())
                + (reflex.failures() > 0 ? "  (" + reflex.failures() + " failures)" : "");
        return new ExplorerNode(NodeKind.REFLEX, "r" + reflex.index(), text, connection, reflex, null, -1);
    }

    static String statusText(boolean enabled) {
        return enabled ? "Enabled" : "Disabled";
    }
}
