package org.openmom.admin.client;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.connection.ClientConnection;
import org.openmom.connection.ConnectionException;
import org.openmom.connection.ConnectionSettings;
import org.openmom.connection.Failover;
import org.openmom.connection.NoServerReached;
import org.openmom.connection.Target;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.transport.NettyTransport;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireCodec;

/**
 * Opens admin sessions: tries the concrete places an address stands for in order (local
 * first on this machine, then TCP; the automatic port range), registers as (ADMIN, user) with
 * {@code admin=true} on the first matching server, and reads its identity. Never blocks, and
 * never reconnects: a lost session says so, and the Explorer offers to connect again.
 */
public final class AdminConnector {
    /**
     * A whole message of the largest size a server accepts, plus its JSON details (ADMIN_MESSAGE):
     * the body travels in base64, four bytes for every three.
     */
    private static final int MAX_FRAME_SIZE = WireCodec.DEFAULT_MAX_FRAME_SIZE / 3 * 4 + (1 << 20);

    private AdminConnector() {}

    public static CompletableFuture<AdminSession> connect(ServerAddress address, AdminOptions options) {
        EventLoopGroup group = NettyTransport.newGroup(1, "openmom-admin");
        ConnectionSettings settings = settings(options, options.connectTimeout());
        Failover<AdminSession> failover = new Failover<>(List.of(address), options.home(),
                target -> open(target, group, settings, options));
        return failover.round(0).handle((reached, error) -> {
            if (error != null) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
                throw failure(address, (NoServerReached) unwrap(error), options);
            }
            return reached.session();
        });
    }

    /** How administration connections are opened (discovery's probes give up sooner). */
    static ConnectionSettings settings(AdminOptions options, Duration connectTimeout) {
        return new ConnectionSettings(AdminOptions.SERVICE + "/" + options.user(), connectTimeout, options.heartbeat(), MAX_FRAME_SIZE,
                options.tls());
    }

    private static AdminException failure(ServerAddress address, NoServerReached failure, AdminOptions options) {
        if (failure.last().isEmpty()) {
            return new AdminException(address + ": no running server found under " + options.home().run()
                    + " — start one, or give host:port");
        }
        ConnectionException last = failure.last().get();
        String line = last.kind() == ConnectionException.Kind.UNREACHABLE ? last.getMessage() + " — is a server running there?"
                : last.getMessage();
        if (failure.placesTried() > 1 && last.kind() != ConnectionException.Kind.REFUSED) {
            return new AdminException(address + ": no matching server answered (last: " + line + ")");
        }
        return new AdminException(line);
    }

    private static CompletableFuture<AdminSession> open(Target target, EventLoopGroup group, ConnectionSettings settings,
            AdminOptions options) {
        AdminFrames frames = new AdminFrames();
        Header register = Header.of(FrameType.REGISTER).service(AdminOptions.SERVICE).user(options.user())
                .mode("callback").window(100).admin(true)
                .secret(target.local() ? null : options.secret());
        return ClientConnection.open(target, group, settings, frames)
                .thenCompose(connection -> connection.register(register, new byte[0], options.requestTimeout()))
                .thenCompose(connection -> declaredReadOnly(connection, options))
                .thenCompose(connection -> connection.request(Header.of(FrameType.ADMIN_SNAPSHOT), new byte[0], options.requestTimeout())
                        .handle((snapshotFrame, error) -> {
                            if (error != null) {
                                connection.close("no snapshot");
                                throw error instanceof CompletionException ? (CompletionException) error : new CompletionException(error);
                            }
                            ServerSnapshot snapshot = AdminJson.read(snapshotFrame.body(), ServerSnapshot.class);
                            return (AdminSession) new NettyAdminSession(connection, frames, options.requestTimeout(), group,
                                    concrete(target, connection.welcome()), snapshot.server(), options.readOnly());
                        }));
    }

    /** A read-only session says so first, before anything else can be asked on it. */
    private static CompletableFuture<ClientConnection> declaredReadOnly(ClientConnection connection, AdminOptions options) {
        if (!options.readOnly()) {
            return CompletableFuture.completedFuture(connection);
        }
        return connection.request(Header.of(FrameType.ADMIN_READ_ONLY), new byte[0], options.requestTimeout())
                .handle((answer, error) -> {
                    String refusal = error != null ? unwrap(error).getMessage() : answer.header().reason();
                    if (refusal != null) {
                        connection.close("could not be made read-only");
                        throw new CompletionException(new AdminException(connection.target().label()
                                + ": the server did not take the read-only flag (" + refusal + ") — a server of this version or newer is needed"));
                    }
                    return connection;
                });
    }

    /** The address of the server actually reached, so a reconnect finds the same one. */
    static ServerAddress concrete(Target target, Header welcome) {
        String label = target.label();
        if (target.local()) {
            return new ServerAddress(ProtocolSequence.LOCAL, "*", label.substring("local:".length()), welcome.server(), welcome.role());
        }
        int colon = label.lastIndexOf(':');
        return new ServerAddress(ProtocolSequence.TCP, label.substring(0, colon), label.substring(colon + 1),
                welcome.server(), welcome.role());
    }

    /** A failure as administration reports it: one line naming the place. */
    static AdminException asAdminFailure(Throwable error, Target target) {
        Throwable cause = unwrap(error);
        return cause instanceof AdminException ? (AdminException) cause
                : new AdminException(cause.getMessage() == null ? target.label() + ": " + cause : cause.getMessage(), cause);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
