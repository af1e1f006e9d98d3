package org.openmom.admin;

/**
 * Which mailbox a page, a message or a delete is about: the Mailbox of one service instance,
 * or one of the four sections of the server mailbox (guide: "Each OpenMOM server provides a
 * view of its whole mailbox, including persistent message seeds").
 */
public enum MailboxKind {
    /** The messages posted to one service instance, queued or sent and not yet acknowledged. */
    SERVICE("Mailbox"),
    /** Seeds of ordinary messages whose copies are still in some service's mailbox. */
    MESSAGE_SEEDS("Message Seeds"),
    /**
     * Seeds of persistent messages not yet acknowledged by every recipient, including those
     * waiting for a matching service to register. Deleting one removes its journal record.
     */
    PERSISTENT_MESSAGE_SEEDS("Persistent Message Seeds"),
    /** Global messages that reached this server from another one through a server router. */
    GLOBAL_MESSAGES("Global Messages"),
    /** Seeds of global messages posted on this server, still held here. */
    GLOBAL_MESSAGE_SEEDS("Global Message Seeds");

    private final String displayName;

    MailboxKind(String displayName) {
        this.displayName = displayName;
    }

    /** The guide's name, as the Explorer's tree shows it. */
    public String displayName() {
        return displayName;
    }

    public boolean isServerMailbox() {
        return this != SERVICE;
    }
}
