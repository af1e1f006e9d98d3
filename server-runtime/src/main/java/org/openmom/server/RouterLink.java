package org.openmom.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.ServiceUser;

import org.openmom.model.Message;

/**
 * The sending side of a router: the queue of the router is an {@link Instance} whose sink is its
 * link to the target server. The broker calls it under its lock, so like every {@link Sink} it
 * only enqueues. {@link Sink#deliver} sends a message on; the link confirms a persistent one
 * with {@link Broker#acknowledge} once the target holds it durably, and tells
 * {@link Broker#routerDown} when the connection is lost, {@link Broker#routerStateChanged} when it is up
 * again or retrying.
 */
public interface RouterLink extends Sink {
    /**
     * The target server as {@code NAME/ROLE} — its WELCOME once reached, its declaration before
     * when that names one server — or null while unknown (a wildcard name or role).
     */
    String targetServer();

    /** Whether the link is up: a message given now leaves at once. */
    boolean isUp();

    /**
     * Forwards a CALL; its answer (or the reason none can come) goes to {@code caller} as the
     * reply to {@code requestId}.
     */
    void forwardCall(Message request, Sink caller, long requestId);

    /**
     * The services registered on the target server matching {@code pattern}, and on the servers
     * its routers reach except those in {@code asked} (already asked, or being asked by another
     * path). Never fails: a target that cannot answer in time gives an empty list.
     */
    CompletableFuture<List<UserEntry>> users(ServiceUser pattern, List<String> asked);
}
