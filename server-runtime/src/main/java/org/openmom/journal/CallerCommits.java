package org.openmom.journal;

/**
 * Whether the thread that queues a write may commit the queued writes itself, soon after, instead
 * of waking the journal's writer thread. A network event loop that read a persistent message and
 * awaits nothing else can: the group then reaches the disk and its futures complete on the thread
 * that will answer the sender, saving the two thread wake-ups of a hand-over to the writer and back
 * (each tens of microseconds when it wakes an idle core). The commit still gives way to the writer
 * thread whenever that one is at work: a busy journal keeps writing while its callers read on.
 */
@FunctionalInterface
public interface CallerCommits {

    /** No caller commits: every write wakes the writer thread. */
    CallerCommits NONE = commit -> false;

    /**
     * Asks the calling thread to run {@code commit} once it is done with what it is doing now.
     * Returns true when it will (then the writer thread is not woken for this write), false when it
     * cannot. {@code commit} may find nothing to do, or leave the work to the writer thread.
     */
    boolean later(Runnable commit);
}
