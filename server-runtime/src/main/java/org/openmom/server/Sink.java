package org.openmom.server;

import org.openmom.model.Message;

/**
 * Where the broker hands what a registered instance must receive: the transport side of a
 * connection. The broker calls it while holding its lock, so every method must only enqueue
 * (never block, never call back into the broker).
 */
public interface Sink {
    /** The registration is accepted; called before any delivery to the new instance. */
    void registered(Instance instance);

    /** A message leaves the mailbox towards the service; it stays in flight until acknowledged. */
    void deliver(Message message);

    /** Whether the peer currently accepts more deliveries (transport writability). */
    boolean isWritable();

    /** The answer to CALL {@code requestId} this instance made. */
    void replied(long requestId, byte[] body);

    /** CALL {@code requestId} could not be answered; {@code reason} is one line for a person. */
    void callFailed(long requestId, String reason);

    /**
     * The server is congested — a recipient far behind, the memory bound or the journal's queue
     * nearly reached: take no more posts from this sender until {@link Broker#isRelieved()}.
     */
    default void slowDown() {}

    /** Whether the instance registers as an Administration Service (its connection was allowed to). */
    default boolean isAdministration() {
        return false;
    }

    /** Where the service connects from, for administrators: {@code host:port} or {@code local}. */
    default String remoteAddress() {
        return "?";
    }
}
