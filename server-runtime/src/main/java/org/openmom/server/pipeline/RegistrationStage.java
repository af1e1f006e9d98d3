package org.openmom.server.pipeline;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openmom.model.DeliveryMode;
import org.openmom.model.ServiceUser;
import org.openmom.model.RouteHop;
import org.openmom.server.Broker;
import org.openmom.server.Instance;
import org.openmom.server.Registration;
import org.openmom.server.UserEntry;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;

/**
 * Who is on the connection: REGISTER (an administration service only when {@link AdminPermission}
 * allows it), USERS, BYE, and the unregistration when the connection ends. One per server.
 */
@ChannelHandler.Sharable
final class RegistrationStage extends FrameStage {
    private static final int DEFAULT_WINDOW = 1000;
    /** Keeps each REMEMBERED frame far below the maximum frame size. */
    private static final int REMEMBERED_PER_FRAME = 4096;
    /** An honest tool is refused once (it has the wrong secret file); a guesser is cut short. */
    private static final int ADMIN_REFUSALS_BEFORE_CLOSE = 3;
    /** The wait before the second refusal's answer, doubled for each one after it. */
    private static final long FIRST_ADMIN_REFUSAL_DELAY_MILLIS = 250;

    private final Broker broker;
    private final AdminPermission permission;
    /** Null when the server offers no administration. */
    private final Administration administration;

    RegistrationStage(Broker broker, AdminPermission permission, Administration administration) {
        super(EnumSet.of(FrameType.REGISTER, FrameType.USERS, FrameType.BYE));
        this.broker = broker;
        this.permission = permission;
        this.administration = administration;
    }

    @Override
    void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame) {
        Header h = frame.header();
        switch (h.type()) {
            case REGISTER: register(connection, h, frame.body()); break;
            case USERS: users(connection, h); break;
            case BYE: bye(connection); break;
            default: throw new IllegalStateException(h.type() + " is not a registration frame");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        String who = connection.toString();
        if (unregister(connection)) {
            ServerConnection.LOG.info("{} disconnected", who);
        }
        ctx.fireChannelInactive();
    }

    private void register(ServerConnection connection, Header h, byte[] registrationMessage) {
        Instance already = connection.instance();
        if (already != null) {
            refuse(connection, h, "this connection is already registered as " + already.who());
            return;
        }
        if (h.service() == null || h.user() == null) {
            connection.fail("REGISTER needs \"service\" and \"user\"");
            return;
        }
        if (h.router()) {
            registerLink(connection, h, registrationMessage);
            return;
        }
        if (h.admin()) {
            String refusal = permission.refusal(connection.isLocal(), h.secret());
            if (refusal != null) {
                refuseAdministration(connection, h, refusal);
                return;
            }
        }
        DeliveryMode mode = "polling".equals(h.mode()) ? DeliveryMode.POLLING : DeliveryMode.CALLBACK;
        int window = h.window() > 0 ? h.window() : DEFAULT_WINDOW;
        connection.registering(h.req(), h.admin());
        Registration registration = broker.register(ServiceUser.of(h.service(), h.user()), registrationMessage, mode, window, connection);
        if (registration.isAccepted()) {
            ServerConnection.LOG.info("{} registered as {}{}", connection.peer(), LogSafe.text(connection.instance()),
                    h.admin() ? " (administration service)" : "");
            if (h.admin()) {
                connection.administer(administration.connect(connection, connection.toString()));
            }
        } else {
            connection.refused();
            refuse(connection, h, registration.refusal());
            ServerConnection.LOG.info("{} refused: {}", connection.peer(), LogSafe.text(registration.refusal()));
        }
    }

    /** Unregisters the connection's service or router link, once; false when there was none. */
    private boolean unregister(ServerConnection connection) {
        Instance gone = connection.forgetInstance();
        if (gone == null) {
            return false;
        }
        if (connection.isLink()) {
            broker.routing().unregisterLink(gone);
        } else {
            broker.unregister(gone);
        }
        return true;
    }

    /**
     * REGISTER with {@code router}: the link of another server's router (docs/routers.md). Once
     * accepted it is told what this server remembers having received from that server, so that
     * the link can say which of those it will never send again.
     */
    private void registerLink(ServerConnection connection, Header h, byte[] registrationMessage) {
        connection.registering(h.req(), false);
        connection.becomeLink();
        Registration registration = broker.routing().registerLink(h.user(), registrationMessage, connection);
        if (!registration.isAccepted()) {
            connection.refused();
            refuse(connection, h, registration.refusal());
            ServerConnection.LOG.info("{} refused as a router's link: {}", connection.peer(), LogSafe.text(registration.refusal()));
            return;
        }
        ServerConnection.LOG.info("{} registered as the link of a router of {}", connection.peer(), LogSafe.text(h.user()));
        List<RouteHop> remembered = broker.routing().remembered(registration.instance());
        for (int from = 0; from < remembered.size(); from += REMEMBERED_PER_FRAME) {
            List<RouteHop> part = remembered.subList(from, Math.min(remembered.size(), from + REMEMBERED_PER_FRAME));
            long[] ids = new long[part.size()];
            long[] ats = new long[part.size()];
            for (int i = 0; i < part.size(); i++) {
                ids[i] = part.get(i).messageId();
                ats[i] = part.get(i).atMillis();
            }
            connection.send(Frame.of(Header.of(FrameType.REMEMBERED).ids(ids).ats(ats)));
        }
    }

    /**
     * An administration REGISTER refused: logged for the first refusal only, answered later at
     * each wrong guess, and the connection closed at the {@value #ADMIN_REFUSALS_BEFORE_CLOSE}th,
     * so that a peer guessing the secret, or writing to the log, gets nowhere fast.
     */
    private static void refuseAdministration(ServerConnection connection, Header h, String refusal) {
        int refusals = connection.refusedAdministration();
        if (refusals > ADMIN_REFUSALS_BEFORE_CLOSE) {
            return; // closing already: frames read meanwhile get no answer
        }
        if (refusals == 1) {
            ServerConnection.LOG.warn("{} refused as administration service {}/{}: {}", connection.peer(),
                    LogSafe.text(h.service()), LogSafe.text(h.user()), refusal);
        }
        Runnable answer = refusals < ADMIN_REFUSALS_BEFORE_CLOSE
                ? () -> refuse(connection, h, refusal)
                : () -> connection.fail(ADMIN_REFUSALS_BEFORE_CLOSE + " administration registrations refused: " + refusal);
        long delayMillis = refusals == 1 ? 0 : FIRST_ADMIN_REFUSAL_DELAY_MILLIS << (refusals - 2);
        connection.channel().eventLoop().schedule(answer, delayMillis, TimeUnit.MILLISECONDS);
    }

    private static void refuse(ServerConnection connection, Header h, String reason) {
        connection.send(Frame.of(Header.of(FrameType.REFUSED).req(h.req()).reason(reason)));
    }

    /**
     * USERS lists the services registered here and, for a registered peer, on the servers the
     * routers reach (a request from another server's router names in its route the servers
     * already asked). A peer that has not registered gets this server's only: its one frame must
     * not make the server ask others.
     */
    private void users(ServerConnection connection, Header h) {
        ServiceUser pattern = ServiceUser.of(h.service() == null ? "*" : h.service(), h.user() == null ? "*" : h.user());
        List<String> asked = new ArrayList<>();
        if (h.route() != null) {
            h.route().forEach(hop -> asked.add(hop.server()));
        }
        CompletableFuture<List<UserEntry>> found = connection.instance() == null
                ? CompletableFuture.completedFuture(broker.users(pattern)) : broker.routing().usersEverywhere(pattern, asked);
        found.thenAccept(entries -> {
            List<UserInfo> users = new ArrayList<>(entries.size());
            for (UserEntry entry : entries) {
                users.add(new UserInfo(entry.who().service(), entry.who().user(), entry.instances(), entry.enabled(),
                        entry.undelivered(), entry.server(), entry.outOfRotation(), entry.locked()));
            }
            connection.send(Frame.of(Header.of(FrameType.USERS).req(h.req()).users(users)));
        });
    }

    private void bye(ServerConnection connection) {
        unregister(connection);
        connection.channel().writeAndFlush(Frame.of(Header.of(FrameType.BYE))).addListener(ChannelFutureListener.CLOSE);
    }
}
