package org.openmom.admin;

import java.util.List;

/**
 * What a restore posted again.
 *
 * @param restored how many trashed messages were posted again (one message deleted from two mailboxes counts two)
 * @param notFound the ids the trash does not hold (never deleted, restored already, or expired)
 */
public record RestoreResult(int restored, List<Long> notFound) {
    public RestoreResult {
        notFound = List.copyOf(notFound);
    }
}
