package org.openmom.routes;

import java.util.List;
import org.openmom.model.ServerLocator;

/**
 * {@code EventRouter <router name> <service name> <event name> <server name> <role> <network
 * address> <protocol> <endpoint>}.
 */
public record EventRouter(String name, String serviceName, String eventName, ServerLocator target, List<String> comments)
        implements RouterDeclaration {
    public static final int SERVICE_NAME = 2;
    public static final int EVENT_NAME = 3;

    public EventRouter {
        comments = List.copyOf(comments);
    }

    public EventRouter(String name, String serviceName, String eventName, ServerLocator target) {
        this(name, serviceName, eventName, target, List.of());
    }

    @Override
    public RouterKind kind() {
        return RouterKind.EVENT;
    }

    @Override
    public EventRouter withName(String newName) {
        return new EventRouter(newName, serviceName, eventName, target, comments);
    }

    @Override
    public EventRouter withTarget(ServerLocator newTarget) {
        return new EventRouter(name, serviceName, eventName, newTarget, comments);
    }
}
