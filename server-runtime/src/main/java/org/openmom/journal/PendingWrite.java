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
    /**
     * The write handed over with this one, to go right after it ({@link Journal#write(JournalBatch,
     * JournalBatch)}); the writer takes it when it takes this one.
     */
    private PendingWrite follower;

    PendingWrite(JournalBatch batch) {
        this.batch = batch;
    }

    void followedBy(PendingWrite next) {
        this.follower = next;
    }

    /** The write that follows this one, while the writer has not taken it; null otherwise. */
    PendingWrite follower() {
        return follower;
    }

    /** The write to take next, once: null when there is none or it was taken. */
    PendingWrite takeFollower() {
        PendingWrite next = follower;
        follower = null;
        return next;
    }

    /** A write that fails before the writer took its follower takes the follower with it: it was to go after. */
    @Override
    public boolean completeExceptionally(Throwable failure) {
        PendingWrite next = takeFollower();
        if (next != null) {
            next.completeExceptionally(failure);
        }
        return super.completeExceptionally(failure);
    }
}
