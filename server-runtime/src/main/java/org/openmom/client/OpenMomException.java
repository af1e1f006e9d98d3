package org.openmom.client;

/** A failure a person can act on; the message is one line naming the server and the fix. */
public class OpenMomException extends RuntimeException {
    public OpenMomException(String message) {
        super(message);
    }

    public OpenMomException(String message, Throwable cause) {
        super(message, cause);
    }
}
