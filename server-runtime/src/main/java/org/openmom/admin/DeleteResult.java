package org.openmom.admin;

import java.util.List;

/**
 * What a delete did.
 *
 * @param deleted  how many messages and seeds were removed (a message id found in three
 *                 mailboxes counts three)
 * @param notFound the ids found nowhere asked (already acknowledged, or wrong)
 */
public record DeleteResult(int deleted, List<Long> notFound) {
    public DeleteResult {
        notFound = List.copyOf(notFound);
    }
}
