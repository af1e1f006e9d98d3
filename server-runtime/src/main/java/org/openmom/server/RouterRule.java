package org.openmom.server;

import org.openmom.model.Message;

/**
 * What a router takes: every message without a recipient here (a server router: no service), the
 * messages for one service (a service router: no event), or for one event of a service (an event
 * router). Names are exact.
 */
public record RouterRule(String name, String service, String event) {

    public static RouterRule server(String name) {
        return new RouterRule(name, "", "");
    }

    public static RouterRule service(String name, String service) {
        return new RouterRule(name, service, "");
    }

    public static RouterRule event(String name, String service, String event) {
        return new RouterRule(name, service, event);
    }

    public boolean isServerRouter() {
        return service.isEmpty();
    }

    public boolean isEventRouter() {
        return !event.isEmpty();
    }

    /** Whether an explicit (service or event) router takes {@code message} before local delivery. */
    boolean takes(Message message) {
        return !isServerRouter() && message.to().service().equals(service) && (!isEventRouter() || message.event().equals(event));
    }
}
