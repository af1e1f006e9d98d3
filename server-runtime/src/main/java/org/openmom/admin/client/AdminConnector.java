package org.openmom.admin.client;

import io.netty.channel.EventLoopGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.connection.ServerAddress;
import org.openmom.connection.Target;
import org.openmom.transport.NettyTransport;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * Opens admin sessions: tries the concrete places an address stands for in order (local
 * first on this machine, then TCP; the automatic port range), registers as (ADMIN, user) with
 * {@code admin=true} on the first matching server, and reads its identity. Never blocks.
 */
public final class AdminConnector {
    private AdminConnector() {}

    public static CompletableFuture<AdminSession> connect(ServerAddress address, AdminOptions options) {
        List<Target> targets;
        try {
            targets = Target.expand(address, options.home());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new AdminException(address + ": " + e.getMessage()));
        }
        if (targets.isEmpty()) {
            return CompletableFuture.failedFuture(new AdminException(address + ": no running server found under "
                    + options.home().run() + " — start one, or give host:port"));
        }
        EventLoopGroup group = NettyTransport.newGroup(1, "openmom-admin");
        CompletableFuture<AdminSession> session = tryFrom(targets, 0, group, options, new ArrayList<>());
        session.whenComplete((opened, error) -> {
            if (error != null) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        });
        return session;
    }

    private static CompletableFuture<AdminSession> tryFrom(List<Target> targets, int index, EventLoopGroup group,
            AdminOptions options, List<String> failures) {
        Target target = targets.get(index);
        return open(target, group, options).handle((session, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(session);
            }
            AdminException failure = unwrap(error, target);
            // a refusal is the answer of the right server: no point trying further places
            boolean refused = failure instanceof Refused;
            failures.add(failure.getMessage());
            if (refused || index + 1 == targets.size()) {
                return CompletableFuture.<AdminSession>failedFuture(targets.size() == 1 || refused ? failure
                        : new AdminException(targets.get(0).declared() + ": no matching server answered (last: "
                                + failure.getMessage() + ")"));
            }
            return tryFrom(targets, index + 1, group, options, failures);
        }).thenCompose(next -> next);
    }

    private static CompletableFuture<AdminSession> open(Target target, EventLoopGroup group, AdminOptions options) {
        String client = AdminOptions.SERVICE + "/" + options.user();
        return AdminChannel.open(target, group, options.connectTimeout(), options.requestTimeout(), options.heartbeat(), client)
                .thenCompose(channel -> {
                    Header welcome = channel.welcome();
                    if (!target.declared().accepts(welcome.server(), welcome.role())) {
                        channel.close("not the server wanted");
                        throw new AdminException(target.label() + ": server " + welcome.server() + "/" + welcome.role()
                                + " is not the wanted " + target.declared().serverName() + "/" + target.declared().role());
                    }
                    Header register = Header.of(FrameType.REGISTER).service(AdminOptions.SERVICE).user(options.user())
                            .mode("callback").window(100).admin(true)
                            .secret(target.local() ? null : options.secret());
                    return channel.request(register, new byte[0]).thenCompose(answer -> {
                        if (answer.type() == FrameType.REFUSED) {
                            channel.close("refused");
                            throw new Refused(target.label() + ": administration service " + client + " refused: "
                                    + answer.header().reason());
                        }
                        return channel.request(Header.of(FrameType.ADMIN_SNAPSHOT), new byte[0]);
                    }).thenApply(snapshotFrame -> {
                        ServerSnapshot snapshot = AdminJson.read(snapshotFrame.body(), ServerSnapshot.class);
                        return (AdminSession) new NettyAdminSession(channel, group, concrete(target, welcome), snapshot.server());
                    });
                });
    }

    /** The address of the server actually reached, so a reconnect finds the same one. */
    static ServerAddress concrete(Target target, Header welcome) {
        String label = target.label();
        if (target.local()) {
            return new ServerAddress(org.openmom.model.ProtocolSequence.LOCAL, "*", label.substring("local:".length()),
                    welcome.server(), welcome.role());
        }
        int colon = label.lastIndexOf(':');
        return new ServerAddress(org.openmom.model.ProtocolSequence.TCP, label.substring(0, colon), label.substring(colon + 1),
                welcome.server(), welcome.role());
    }

    /** The server answered and said no: the answer is final for this address. */
    private static final class Refused extends AdminException {
        Refused(String message) {
            super(message);
        }
    }

    static AdminException unwrap(Throwable error, Target target) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof AdminException ? (AdminException) cause
                : new AdminException(target.label() + ": " + cause.getMessage(), cause);
    }
}
