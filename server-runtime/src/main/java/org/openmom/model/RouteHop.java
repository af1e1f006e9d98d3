package org.openmom.model;

import java.util.List;
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

    /** Whether {@code route} passed {@code server} ({@code NAME/ROLE}). */
    public static boolean passes(List<RouteHop> route, String server) {
        for (int i = 0; i < route.size(); i++) { // by index: asked for every routed message
            if (route.get(i).server().equals(server)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return server + "#" + messageId;
    }
}
