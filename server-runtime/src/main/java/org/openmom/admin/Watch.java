package org.openmom.admin;

/** A running watch. Closing it stops the server's stream of events to this session. */
public interface Watch extends AutoCloseable {
    /**
     * Stops the watch: no event is delivered after this returns (except one the I/O thread is
     * handing over at that moment). Idempotent, never blocks.
     */
    @Override
    void close();
}
