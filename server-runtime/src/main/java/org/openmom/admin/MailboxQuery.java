package org.openmom.admin;

import java.util.Objects;

/**
 * Which page of a mailbox to read.
 *
 * @param mailbox      the mailbox
 * @param offset       how many messages to skip, counted in {@code order}
 * @param limit        at most this many messages (the server caps it at {@link #MAX_LIMIT})
 * @param order        oldest or newest first
 * @param previewBytes how many leading bytes of each body to include (capped at {@link #MAX_PREVIEW})
 */
public record MailboxQuery(MailboxRef mailbox, int offset, int limit, PageOrder order, int previewBytes) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_PREVIEW = 4096;
    public static final int DEFAULT_PREVIEW = 64;

    public MailboxQuery {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(order, "order");
        if (offset < 0 || limit < 0 || previewBytes < 0) {
            throw new IllegalArgumentException("offset, limit and preview bytes must be 0 or more");
        }
    }

    /** The first {@code limit} messages, oldest first, with a short preview of each body. */
    public static MailboxQuery first(MailboxRef mailbox, int limit) {
        return new MailboxQuery(mailbox, 0, limit, PageOrder.OLDEST_FIRST, DEFAULT_PREVIEW);
    }

    public MailboxQuery page(int newOffset, int newLimit) {
        return new MailboxQuery(mailbox, newOffset, newLimit, order, previewBytes);
    }

    public MailboxQuery ordered(PageOrder newOrder) {
        return new MailboxQuery(mailbox, offset, limit, newOrder, previewBytes);
    }

    public MailboxQuery withPreview(int bytes) {
        return new MailboxQuery(mailbox, offset, limit, order, bytes);
    }
}
