package org.openmom.journal;

/**
 * Back-pressure: the journal's queue of pending batches is full, the batch was not accepted and
 * nothing of it will be written. The caller should slow down (e.g. stop reading from the
 * producer's connection) and retry later.
 */
public final class JournalOverloadedException extends JournalException {

    public JournalOverloadedException(String message) {
        super(message);
    }
}
