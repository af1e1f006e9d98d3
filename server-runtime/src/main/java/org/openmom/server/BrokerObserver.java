package org.openmom.server;

import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Told of every change administrators watch. The broker calls it while holding its lock, so
 * an implementation must only enqueue (never block, never call back into the broker); the
 * message callbacks are made only while {@link #followsMessages()} is true, so an unwatched
 * server pays one volatile read per batch of deliveries.
 */
public interface BrokerObserver {
    BrokerObserver NONE = new BrokerObserver() {};

    default void registered(Instance instance) {}

    default void unregistered(Instance instance) {}

    /** Whether someone wants {@link #posted}, {@link #delivered} and {@link #acknowledged}. */
    default boolean followsMessages() {
        return false;
    }

    /** A seed was posted; {@code waiting}: it waits in the server mailbox for a recipient. */
    default void posted(Message seed, int recipients, boolean waiting) {}

    default void delivered(Instance recipient, Message message) {}

    default void acknowledged(Instance recipient, long messageId) {}

    /** An administrator deleted {@code message} from the mailbox of {@code from}, or from the server mailbox when null. */
    default void deleted(Instance from, Message message) {}

    /** An administrator purged {@code count} messages waiting for {@code target}: too many to tell one by one. */
    default void purged(ServiceUser target, int count) {}

    default void serverStatusChanged(boolean enabled) {}

    default void instanceStatusChanged(Instance instance, boolean enabled) {}

    /** Router {@code name} was created or removed, or its link came up or went down. */
    default void routerChanged(String name) {}
}
