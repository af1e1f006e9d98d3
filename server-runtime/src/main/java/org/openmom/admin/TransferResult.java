package org.openmom.admin;

import java.util.List;

/**
 * What a resubmit, move or copy did.
 *
 * @param done     how many messages were posted again
 * @param newIds   the ids the server gave the posted messages, in the order of the request
 * @param notFound the ids asked that the server does not hold
 */
public record TransferResult(int done, List<Long> newIds, List<Long> notFound) {
    public TransferResult {
        newIds = List.copyOf(newIds);
        notFound = List.copyOf(notFound);
    }
}
