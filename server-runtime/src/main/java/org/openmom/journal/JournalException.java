package org.openmom.journal;

/**
 * A journal that cannot be opened or written. The message is one line naming the file and, where a
 * person can do something about it, the fix.
 */
public class JournalException extends Exception {

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
