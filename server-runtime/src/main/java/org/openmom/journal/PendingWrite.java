package org.openmom.journal;

import java.util.concurrent.CompletableFuture;

/**
 * A batch waiting in the writer's queue, and itself the promise made to its caller: one object
 * per write instead of a holder and a future.
 */
final class PendingWrite extends CompletableFuture<Void> {

    final JournalBatch batch;
    /** Where the writer put the batch's record in the file; set by the writer thread. */
    long recordOffset = -1;

    PendingWrite(JournalBatch batch) {
        this.batch = batch;
    }
}
