package org.openmom.model;

import java.util.Objects;

/**
 * One server a message passed on its way here through routers: the server, the id the message
 * had there, and when that server received it. The first hop is where the message was posted.
 *
 * @param server    the server's identity as {@code NAME/ROLE}
 * @param messageId the message's id on that server
 * @param atMillis  when that server received it, epoch milliseconds
 */
public record RouteHop(String server, long messageId, long atMillis) {
    public RouteHop {
        Objects.requireNonNull(server, "server");
    }

    @Override
    public String toString() {
        return server + "#" + messageId;
    }
}
