package org.openmom.admin.client;

import io.netty.channel.EventLoopGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveredServer;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.client.OpenMomException;
import org.openmom.client.ServersListAddresses;
import org.openmom.connection.ClientConnection;
import org.openmom.connection.Target;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.transport.NettyTransport;
import org.openmom.wire.Header;

/**
 * Finds the running servers the Explorer's connect dialog asks for (guide: "Connect a set of
 * OpenMOM servers"; DESIGN.md §4). Every concrete place is probed at once with HELLO: the
 * WELCOME names the server, which is kept when its name and role match. Places the person named
 * explicitly that do not answer are reported; places of an automatic search are skipped.
 */
public final class Discovery {
    /** A probe of an automatic place gives up sooner than a connection: nothing there is the common case. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private Discovery() {}

    public static CompletableFuture<List<DiscoveredServer>> discover(DiscoveryCriteria criteria, AdminOptions options) {
        List<DiscoveredServer> problems = new ArrayList<>();
        List<ServerAddress> declarations = declarations(criteria, options, problems);
        List<Probe> probes = new ArrayList<>();
        EventLoopGroup group = NettyTransport.newGroup(1, "openmom-discovery");
        for (ServerAddress declaration : declarations) {
            List<Target> targets;
            try {
                targets = Target.expand(declaration, options.home());
            } catch (RuntimeException e) {
                problems.add(DiscoveredServer.failed(declaration, declaration + ": " + e.getMessage()));
                continue;
            }
            for (Target target : targets) {
                probes.add(new Probe(declaration, target, probe(target, group, options)));
            }
        }
        CompletableFuture<?>[] all = probes.stream().map(p -> p.answer).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all).handle((done, error) -> {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            return collect(probes, problems);
        });
    }

    private record Probe(ServerAddress declaration, Target target, CompletableFuture<DiscoveredServer> answer) {}

    /** Found servers once each (a local server also listening on TCP is shown once, by its first place). */
    private static List<DiscoveredServer> collect(List<Probe> probes, List<DiscoveredServer> problems) {
        List<DiscoveredServer> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Probe probe : probes) {
            DiscoveredServer answer = probe.answer.getNow(null);
            if (answer == null) {
                continue;
            }
            if (answer.isReachable()) {
                if (probe.declaration.accepts(answer.name(), answer.role())
                        && seen.add(answer.name() + "/" + answer.role() + "@" + machineOf(probe.target))) {
                    found.add(answer);
                }
            } else if (!probe.declaration.hasAutomaticEndpoint()) {
                found.add(answer);
            }
        }
        found.addAll(problems);
        return found;
    }

    /** Local sockets and loopback TCP are the same machine. */
    private static String machineOf(Target target) {
        if (target.local()) {
            return "this machine";
        }
        String host = target.label().substring(0, target.label().lastIndexOf(':'));
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") ? "this machine" : host;
    }

    private static CompletableFuture<DiscoveredServer> probe(Target target, EventLoopGroup group, AdminOptions options) {
        Duration timeout = options.connectTimeout().compareTo(PROBE_TIMEOUT) < 0 ? options.connectTimeout() : PROBE_TIMEOUT;
        // whichever server answers is heard: collect() keeps those matching the declaration;
        // no frame but WELCOME is expected, whatever else comes is ignored
        return ClientConnection.open(target.anyServer(), group, AdminConnector.settings(options, timeout), (from, frame) -> { })
                .handle((connection, error) -> {
                    if (error != null) {
                        return DiscoveredServer.failed(placeOf(target, null), AdminConnector.asAdminFailure(error, target).getMessage());
                    }
                    Header welcome = connection.welcome();
                    connection.close("discovery");
                    return DiscoveredServer.found(placeOf(target, welcome), welcome.server(), welcome.role());
                });
    }

    private static ServerAddress placeOf(Target target, Header welcome) {
        if (welcome != null) {
            return AdminConnector.concrete(target, welcome);
        }
        String label = target.label();
        if (target.local()) {
            return ServerAddress.local(label.substring("local:".length()));
        }
        int colon = label.lastIndexOf(':');
        return new ServerAddress(ProtocolSequence.TCP, label.substring(0, colon), label.substring(colon + 1), "*", 0);
    }

    /**
     * The declarations to probe: the dialog's own fields, or (host {@code *}) the Servers List
     * declarations for ADMIN narrowed by the dialog's fields. Without a Servers List, this machine.
     */
    static List<ServerAddress> declarations(DiscoveryCriteria criteria, AdminOptions options, List<DiscoveredServer> problems) {
        ServerAddress wanted = new ServerAddress(criteria.protocol(), criteria.host(), criteria.endpoint(), criteria.serverName(),
                criteria.role());
        if (!criteria.usesServersList()) {
            return List.of(wanted);
        }
        Path file = options.home().serversList();
        if (!Files.exists(file)) {
            return List.of(new ServerAddress(criteria.protocol(), "*", criteria.endpoint(), criteria.serverName(), criteria.role()));
        }
        List<ServerAddress> listed;
        try {
            listed = ServersListAddresses.of(file, ServiceUser.of(AdminOptions.SERVICE, options.user()));
        } catch (OpenMomException e) {
            ServerAddress here = new ServerAddress(ProtocolSequence.ALL, "*", "*", "*", 0);
            problems.add(DiscoveredServer.failed(here, e.getMessage()));
            return List.of();
        }
        List<ServerAddress> narrowed = new ArrayList<>();
        for (ServerAddress declaration : listed) {
            declaration.narrowedBy(wanted).ifPresent(narrowed::add);
        }
        return narrowed;
    }
}
