package org.openmom.admin;

import java.util.List;

/**
 * One page of a mailbox.
 *
 * @param mailbox  the mailbox read
 * @param total    how many messages the mailbox holds now (for the pager and the tree's count)
 * @param offset   the offset of the first entry, in {@code order}
 * @param order    oldest or newest first
 * @param messages the entries of the page, at most the query's limit
 */
public record MailboxPage(MailboxRef mailbox, int total, int offset, PageOrder order, List<MessageSummary> messages) {
    public MailboxPage {
        messages = List.copyOf(messages);
    }

    /** Whether messages follow this page. */
    public boolean hasMore() {
        return offset + messages.size() < total;
    }
}
