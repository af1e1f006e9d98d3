package org.openmom.app.explorer.tree;

/** Where a server connection of the Explorer stands. */
public enum ConnectionState {
    CONNECTING("connecting…"),
    CONNECTED("connected"),
    /** The connection broke after it worked: Refresh retries. */
    LOST("connection lost"),
    /** Connecting failed: Refresh retries. */
    FAILED("unreachable"),
    DISCONNECTED("disconnected");

    private final String text;

    ConnectionState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean isProblem() {
        return this == LOST || this == FAILED;
    }
}
