package org.openmom.admin;

import org.openmom.model.ServerLocator;
import org.openmom.routes.EventRouter;
import org.openmom.routes.RouterDeclaration;
import org.openmom.routes.RouterKind;
import org.openmom.routes.ServerRouter;
import org.openmom.routes.ServiceRouter;

/**
 * One router of a server as administrators see it (the Explorer's Routers node, {@code openmom
 * routers list}).
 *
 * @param name        the router's name, unique on its server
 * @param kind        server, service or event router
 * @param service     the routed service (service and event routers), else empty
 * @param event       the routed event (event routers), else empty
 * @param target      where it forwards to, as declared
 * @param line        its declaration as a line of a routes file (what Save Routers File writes)
 * @param connected   whether its link to the target is up
 * @param state       {@code connected}, {@code connecting}, or {@code retrying: REASON}
 * @param connectedTo the target server's identity and place once reached ({@code B/1 at host:port}), else empty
 * @param forwarded   messages sent to the target since the router was created
 * @param waiting     messages waiting in the router to be sent or confirmed
 * @param dropped     ordinary messages dropped because the router's queue was full
 * @param lastError   the last reason the link failed, empty if none
 * @param queueId     names the router's queue as a mailbox ({@link MailboxRef#service(long)}) to page and delete its messages
 */
public record RouterInfo(
        String name,
        RouterKind kind,
        String service,
        String event,
        ServerLocator target,
        String line,
        boolean connected,
        String state,
        String connectedTo,
        long forwarded,
        int waiting,
        long dropped,
        String lastError,
        long queueId) {

    /** What the router routes: {@code *} (every message without a recipient here), a service, or service and event. */
    public String what() {
        switch (kind) {
            case SERVICE: return service;
            case EVENT: return service + "/" + event;
            default: return "*";
        }
    }

    /** The router as a routes file declares it (what Save Routers File writes). */
    public RouterDeclaration declaration() {
        switch (kind) {
            case SERVICE: return new ServiceRouter(name, service, target);
            case EVENT: return new EventRouter(name, service, event, target);
            default: return new ServerRouter(name, target);
        }
    }

    /** The target as {@code NAME/ROLE@HOST:ENDPOINT (PROTOCOL)}, for one line of text. */
    public String targetLabel() {
        String endpoint = target.endpoint().isEmpty() ? "*" : target.endpoint();
        return target.serverName() + "/" + target.serverRole() + "@" + target.networkAddress() + ":" + endpoint + " (" + target.protocol() + ")";
    }
}
