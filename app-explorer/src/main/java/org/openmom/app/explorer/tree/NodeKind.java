package org.openmom.app.explorer.tree;

import org.openmom.admin.MailboxKind;
import org.openmom.config.ReflexKind;
import org.openmom.icons.OpenMomIcon;

/** Every kind of node of the Explorer's tree, with its icon: one look for one kind of thing. */
public enum NodeKind {
    SERVER(OpenMomIcon.SERVER),
    SERVICES(OpenMomIcon.SERVICES),
    SERVICE(OpenMomIcon.SERVICE),
    ADMINISTRATION_SERVICES(OpenMomIcon.SERVICES),
    ADMINISTRATION_SERVICE(OpenMomIcon.ADMIN_SERVICE),
    MAILBOX(OpenMomIcon.MAILBOX),
    SERVER_MAILBOX(OpenMomIcon.SERVER_MAILBOX),
    /** A section of the server mailbox (Message Seeds, Persistent Message Seeds, …). */
    MAILBOX_SECTION(OpenMomIcon.MAILBOX),
    MESSAGE(OpenMomIcon.MESSAGE),
    MESSAGE_SEED(OpenMomIcon.MESSAGE_SEED),
    PERSISTENT_SEED(OpenMomIcon.PERSISTENT_SEED),
    GLOBAL_MESSAGE(OpenMomIcon.GLOBAL_MESSAGE),
    GLOBAL_SEED(OpenMomIcon.GLOBAL_SEED),
    /** The routers of a server. */
    ROUTERS(OpenMomIcon.ROUTER),
    ROUTER(OpenMomIcon.ROUTER),
    REFLEXES(OpenMomIcon.REFLEXES),
    REFLEX_GROUP(OpenMomIcon.REFLEXES),
    REFLEX(OpenMomIcon.REFLEXES),
    /** The programs a server starts on demand (its configuration's Activation lines), and one of them. */
    ACTIVATIONS(OpenMomIcon.ACTIVATION),
    ACTIVATION(OpenMomIcon.ACTIVATION),
    /** The server's trash: deleted and purged messages, restorable for a while. */
    TRASH(OpenMomIcon.TRASH),
    /** The server's audit log: every changing administration action. */
    AUDIT_LOG(OpenMomIcon.AUDIT_LOG),
    /** "Show more": the next page of a long mailbox. */
    MORE(OpenMomIcon.REFRESH),
    /** Stands in for a mailbox's messages until they are read. */
    LOADING(OpenMomIcon.REFRESH);

    private final OpenMomIcon icon;

    NodeKind(OpenMomIcon icon) {
        this.icon = icon;
    }

    public OpenMomIcon icon() {
        return icon;
    }

    /**
     * Folders open at first so the services and routers show at once; mailboxes wait until opened
     * (reading them costs), and so do the reflexes of each kind: their counts show on the kind,
     * and several servers fit in the window.
     */
    public boolean startsExpanded() {
        return this == SERVICES || this == ADMINISTRATION_SERVICES || this == ROUTERS || this == SERVER_MAILBOX
                || this == REFLEXES || this == ACTIVATIONS;
    }

    /** Whether the Delete action applies: messages and seeds. */
    public boolean isMessage() {
        return this == MESSAGE || this == MESSAGE_SEED || this == PERSISTENT_SEED || this == GLOBAL_MESSAGE || this == GLOBAL_SEED;
    }

    /** The kind of the messages listed in {@code mailbox}. */
    public static NodeKind messageIn(MailboxKind mailbox) {
        switch (mailbox) {
            case MESSAGE_SEEDS:
                return MESSAGE_SEED;
            case PERSISTENT_MESSAGE_SEEDS:
                return PERSISTENT_SEED;
            case GLOBAL_MESSAGES:
                return GLOBAL_MESSAGE;
            case GLOBAL_MESSAGE_SEEDS:
                return GLOBAL_SEED;
            default:
                return MESSAGE;
        }
    }

    /** The icon of a mailbox section: that of the messages it lists. */
    public static OpenMomIcon sectionIcon(MailboxKind section) {
        return messageIn(section).icon();
    }

    /** The icon of a reflex (and of its group): one per reflex kind. */
    public static OpenMomIcon reflexIcon(ReflexKind kind) {
        switch (kind) {
            case LOGGING_SERVICE:
                return OpenMomIcon.LOGGING_SERVICE;
            case LOCAL_SERVICE:
                return OpenMomIcon.LOCAL_SERVICE;
            case REGISTRATION_FILTER:
                return OpenMomIcon.REGISTRATION_FILTER;
            case MESSAGE_FILTER:
                return OpenMomIcon.MESSAGE_FILTER;
            case DEREGISTRATION_FILTER:
                return OpenMomIcon.DEREGISTRATION_FILTER;
            case DELIVERY_FILTER:
                return OpenMomIcon.DELIVERY_FILTER;
            default:
                return OpenMomIcon.DEAD_LETTERS;
        }
    }
}
