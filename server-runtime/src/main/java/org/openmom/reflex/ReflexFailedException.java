package org.openmom.reflex;

/**
 * A reflex call threw or overran its budget; the message is one line for the person who made the
 * request (the cause stays in the server log).
 */
public final class ReflexFailedException extends RuntimeException {
    public ReflexFailedException(String message) {
        super(message);
    }
}
