package org.openmom.server;

import java.util.List;
import java.util.Optional;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * The hook points where the reflexes of the server configuration act (DESIGN.md §6). The
 * reflex issue implements this from the configuration file; the broker only calls it, under
 * its lock, so implementations must be quick and must not call back into the broker.
 */
public interface Reflexes {
    /** No reflexes: everything passes, dead letters are counted and dropped. */
    Reflexes NONE = new Reflexes() {};

    /**
     * Message filters on a new seed, in file order. Returns the seed to post (possibly with a
     * new destination or content), or empty to stop processing it.
     */
    default Optional<Message> filterSeed(Message seed) {
        return Optional.of(seed);
    }

    /** Delivery filters: whether {@code message} may enter the mailbox of {@code recipient}. */
    default boolean allowDelivery(Message message, ServiceUser recipient) {
        return true;
    }

    /** Registration filters: whether {@code who} may register with this registration message. */
    default boolean allowRegistration(ServiceUser who, byte[] registrationMessage) {
        return true;
    }

    /** De-registration filters, told when an instance goes away. */
    default void deregistered(ServiceUser who) {}

    /** Dead-letter reflexes. Returns whether one took the message (else it is counted and dropped). */
    default boolean deadLetter(Message message) {
        return false;
    }

    /** The local service answering messages for {@code service}, if one is declared. */
    default Optional<LocalService> localService(String service) {
        return Optional.empty();
    }

    /**
     * The local service answering a message for {@code to} with {@code event}, if one is
     * declared. A local service that fails a CALL throws a RuntimeException whose message is the
     * one-line reason the caller gets.
     */
    default Optional<LocalService> localService(ServiceUser to, String event) {
        return localService(to.service());
    }

    /** The local services (service, server name), listed by USERS next to registered services. */
    default List<ServiceUser> localServices() {
        return List.of();
    }
}
