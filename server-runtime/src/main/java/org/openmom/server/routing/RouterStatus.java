package org.openmom.server.routing;

import org.openmom.routes.RouterDeclaration;

/**
 * One router now: its declaration, its link and its counters.
 *
 * @param declaration what it routes and where to
 * @param connected   whether its link to the target is up
 * @param state       {@code connected}, {@code connecting}, or {@code retrying: REASON}
 * @param connectedTo the target's identity and place once reached ({@code B/1 at host:port}), else empty
 * @param forwarded   messages sent to the target since the router was created
 * @param waiting     messages waiting in the router to be sent or confirmed
 * @param dropped     ordinary messages dropped because the router's queue was full
 * @param lastError   the last reason its link failed, empty if none
 * @param queueId     the id of the router's queue, paged like the mailbox of a service instance
 */
public record RouterStatus(RouterDeclaration declaration, boolean connected, String state, String connectedTo,
        long forwarded, int waiting, long dropped, String lastError, long queueId) {}
