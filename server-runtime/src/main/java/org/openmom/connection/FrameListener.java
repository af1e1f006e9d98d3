package org.openmom.connection;

import org.openmom.wire.Frame;

/**
 * The owner's side of a {@link ClientConnection}: the frames the server sends on its own
 * (DELIVER, ADMIN_EVENTS, …) — answers go to their requests, PING and BYE are handled by the
 * connection. Every method runs on the connection's event loop and must not block.
 */
@FunctionalInterface
public interface FrameListener {
    void received(ClientConnection from, Frame frame);

    /**
     * One socket read ended: what {@link #received} got since the last call may be handed on
     * together, one thread wake-up per read rather than per frame. Also called before {@link #closed}.
     */
    default void endOfRead(ClientConnection from) {
    }

    /**
     * The connection takes frames again after it was full ({@link ClientConnection#isWritable()}
     * had turned false): an owner that stopped sending for that may go on.
     */
    default void writable(ClientConnection from) {
    }

    /** The connection closed, whoever closed it; its waiting requests have failed with {@code reason}. */
    default void closed(ClientConnection from, String reason) {
    }
}
