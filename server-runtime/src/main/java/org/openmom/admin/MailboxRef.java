package org.openmom.admin;

import java.util.Objects;

/**
 * Names a mailbox on one server.
 *
 * @param kind       a service instance's Mailbox or a section of the server mailbox
 * @param instanceId the service instance ({@link ServiceInfo#instanceId()}) for {@link MailboxKind#SERVICE}, else 0
 */
public record MailboxRef(MailboxKind kind, long instanceId) {
    public MailboxRef {
        Objects.requireNonNull(kind, "kind");
        if (kind == MailboxKind.SERVICE ? instanceId <= 0 : instanceId != 0) {
            throw new IllegalArgumentException(kind == MailboxKind.SERVICE
                    ? "a service mailbox is named by its instance id (1 or more), not " + instanceId
                    : "the server mailbox section " + kind + " has no instance id");
        }
    }

    /** The Mailbox of one service instance. */
    public static MailboxRef service(long instanceId) {
        return new MailboxRef(MailboxKind.SERVICE, instanceId);
    }

    /** A section of the server mailbox. */
    public static MailboxRef server(MailboxKind section) {
        return new MailboxRef(section, 0);
    }

    @Override
    public String toString() {
        return kind == MailboxKind.SERVICE ? "mailbox of instance " + instanceId : kind.displayName();
    }
}
