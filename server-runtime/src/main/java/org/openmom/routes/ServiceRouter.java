package org.openmom.routes;

import java.util.List;
import org.openmom.model.ServerLocator;

/**
 * {@code ServiceRouter <router name> <service name> <server name> <role> <network address>
 * <protocol> <endpoint>}.
 */
public record ServiceRouter(String name, String serviceName, ServerLocator target, List<String> comments)
        implements RouterDeclaration {
    public static final int SERVICE_NAME = 2;

    public ServiceRouter {
        comments = List.copyOf(comments);
    }

    public ServiceRouter(String name, String serviceName, ServerLocator target) {
        this(name, serviceName, target, List.of());
    }

    @Override
    public RouterKind kind() {
        return RouterKind.SERVICE;
    }

    @Override
    public ServiceRouter withName(String newName) {
        return new ServiceRouter(newName, serviceName, target, comments);
    }

    @Override
    public ServiceRouter withTarget(ServerLocator newTarget) {
        return new ServiceRouter(name, serviceName, newTarget, comments);
    }
}
