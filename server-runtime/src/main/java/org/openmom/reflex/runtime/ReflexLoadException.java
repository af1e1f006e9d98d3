package org.openmom.reflex.runtime;

/** A reflex of the configuration cannot be loaded; the message is one line: {@code CONFIG:LINE: …}. */
public final class ReflexLoadException extends Exception {
    public ReflexLoadException(String message) {
        super(message);
    }
}
