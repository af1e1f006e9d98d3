package org.openmom.reflex.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.model.NamePattern;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.ReflexContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context of one declared reflex. */
final class ServerReflexContext implements ReflexContext {
    private final ReflexDeclaration declaration;
    private final int line;
    private final ServerIdentity server;
    private final Path configFile;
    private final Clock clock;
    private final ReflexOutbox outbox;
    private volatile Logger logger = LoggerFactory.getLogger(ReflexContext.class);

    ServerReflexContext(ReflexDeclaration declaration, int line, ServerIdentity server, Path configFile, Clock clock,
            ReflexOutbox outbox) {
        this.declaration = declaration;
        this.line = line;
        this.server = server;
        this.configFile = configFile;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** The logger is named after the reflex's class, known once the class is loaded. */
    void nameLoggerAfter(Class<?> reflexClass) {
        logger = LoggerFactory.getLogger(reflexClass);
    }

    /** Who the reflex's own posts come from: its service name, at this server. */
    ServiceUser identity() {
        return identityOf(declaration, server);
    }

    /**
     * A reflex declared for every service ({@code *}) posts under its class's simple name, so
     * that what it sends never comes from a wildcard.
     */
    static ServiceUser identityOf(ReflexDeclaration declaration, ServerIdentity server) {
        String service = declaration.serviceName();
        if (service.isEmpty() || service.contains(NamePattern.WILDCARD)) {
            String value = declaration.value();
            service = value.substring(value.lastIndexOf('.') + 1);
        }
        return ServiceUser.of(service, server.name());
    }

    @Override
    public ReflexDeclaration declaration() {
        return declaration;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public ServerIdentity server() {
        return server;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path resolve(String path) {
        return configFile == null ? Path.of(path).toAbsolutePath() : ServerConfiguration.resolve(configFile, path);
    }

    @Override
    public Path besideConfiguration(String suffix) {
        Path file = configFile == null ? Path.of("openmom.conf").toAbsolutePath() : configFile.toAbsolutePath();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + suffix);
    }

    @Override
    public void post(ServiceUser to, String event, int flags, byte[] body) {
        outbox.post(identity(), to, event, flags, body, Map.of());
    }

    @Override
    public void post(ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
        outbox.post(identity(), to, event, flags, body, properties);
    }
}
