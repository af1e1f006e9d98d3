package org.openmom.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;

/** Real servers for the administration tests: TCP on loopback (port 0) and local, journal in the temp home. */
final class AdminServers {
    static final String SECRET = "s3cret-for-tests";

    private AdminServers() {}

    static OpenMomServer start(Path home, String name, String adminSecret) throws Exception {
        return start(home, name, adminSecret, 0);
    }

    static OpenMomServer start(Path home, String name, String adminSecret, int port) throws Exception {
        ServerSettings settings = ServerSettings.defaults(new ServerIdentity(name, 1), new OpenMomHome(home))
                .withProtocols(EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL))
                .withTcp("127.0.0.1", port)
                .withAdminSecret(adminSecret);
        return OpenMomServer.start(settings, null, null);
    }

    static ServerAddress tcp(OpenMomServer server) {
        return ServerAddress.tcp("127.0.0.1", server.tcpPort());
    }

    static ServerAddress local(OpenMomServer server) {
        return ServerAddress.local(server.broker().identity().localName());
    }

    static AdminOptions options(Path home) {
        return AdminOptions.of("tester").withHome(new OpenMomHome(home))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    static AdminSession admin(Path home, OpenMomServer server) throws Exception {
        return get(AdminClient.connect(local(server), options(home)));
    }

    static OpenMomClient service(Path home, OpenMomServer server, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                tcp(server));
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    /** The failure of a future that must fail, as a one-line message. */
    static String failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}
