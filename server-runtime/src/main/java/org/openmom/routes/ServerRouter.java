package org.openmom.routes;

import java.util.List;
import org.openmom.model.ServerLocator;

/** {@code ServerRouter <router name> <server name> <role> <network address> <protocol> <endpoint>}. */
public record ServerRouter(String name, ServerLocator target, List<String> comments) implements RouterDeclaration {
    public ServerRouter {
        comments = List.copyOf(comments);
    }

    public ServerRouter(String name, ServerLocator target) {
        this(name, target, List.of());
    }

    @Override
    public RouterKind kind() {
        return RouterKind.SERVER;
    }

    @Override
    public ServerRouter withName(String newName) {
        return new ServerRouter(newName, target, comments);
    }

    @Override
    public ServerRouter withTarget(ServerLocator newTarget) {
        return new ServerRouter(name, newTarget, comments);
    }
}
