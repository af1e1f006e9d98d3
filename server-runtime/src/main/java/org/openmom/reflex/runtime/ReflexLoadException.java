package org.openmom.reflex.runtime;

/** A reflex of the configuration cannot be loaded; the message is one line: {@code CONFIG:LINE: …}. */
public final class ReflexLoadException extends Exception {
    private final boolean aboutJar;

    public ReflexLoadException(String message) {
        this(message, false);
    }

    private ReflexLoadException(String message, boolean aboutJar) {
        super(message);
        this.aboutJar = aboutJar;
    }

    /** A problem of the jar itself (missing, unreadable, exiting), not of the class the line names. */
    static ReflexLoadException ofJar(String message) {
        return new ReflexLoadException(message, true);
    }

    /** Whether the line's DLL Path is at fault rather than its Value (for an editor or check config to point at). */
    public boolean aboutJar() {
        return aboutJar;
    }
}
