package org.openmom.wire;

/** A frame that breaks the protocol: the peer gets an ERROR with this message and is closed. */
public class WireException extends RuntimeException {
    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
