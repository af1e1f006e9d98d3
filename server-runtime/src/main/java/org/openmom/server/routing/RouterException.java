package org.openmom.server.routing;

/** A router cannot be created or removed: one line saying why and what to do. */
public final class RouterException extends Exception {
    public RouterException(String message) {
        super(message);
    }
}
