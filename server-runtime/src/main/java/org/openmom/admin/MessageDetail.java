package org.openmom.admin;

import java.util.List;
import org.openmom.model.RouteHop;

/**
 * One whole message, for the Explorer's details pane.
 *
 * @param summary its headers ({@code preview} holds the first bytes, {@code body} all of them)
 * @param body    the whole body
 * @param foundIn every mailbox that holds it now: service instances and server mailbox sections
 * @param route   the servers it passed through routers before this one, the posting server first
 *                (empty when it was posted here)
 */
public record MessageDetail(MessageSummary summary, byte[] body, List<MailboxRef> foundIn, List<RouteHop> route) {
    public MessageDetail {
        foundIn = List.copyOf(foundIn);
        route = List.copyOf(route);
    }
}
