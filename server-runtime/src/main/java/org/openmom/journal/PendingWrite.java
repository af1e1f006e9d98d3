package org.openmom.journal;

import java.util.concurrent.CompletableFuture;

/** A batch waiting in the writer's queue, and the promise made to its caller. */
final class PendingWrite {

    final JournalBatch batch;
    final CompletableFuture<Void> done;
    /** Where the writer put the batch's record in the file; set by the writer thread. */
    long recordOffset = -1;

    PendingWrite(JournalBatch batch, CompletableFuture<Void> done) {
        this.batch = batch;
        this.done = done;
    }
}
