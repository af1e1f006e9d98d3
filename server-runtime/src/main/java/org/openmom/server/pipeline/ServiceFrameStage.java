package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.Instance;
import org.openmom.server.LockOutcome;
import org.openmom.server.PostOutcome;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * What a registered service sends: POST, ACK, FETCH, CALL and REPLY become broker calls. The
 * hot path of the server, first after the greeting: a frame here is read straight into the
 * broker. One per server.
 */
@ChannelHandler.Sharable
final class ServiceFrameStage extends FrameStage {
    private final Broker broker;
    private final FrameRoom room;

    ServiceFrameStage(Broker broker, int maxFrameSize) {
        super(EnumSet.of(FrameType.POST, FrameType.ACK, FrameType.FETCH, FrameType.CALL, FrameType.REPLY, FrameType.FORGET,
                FrameType.LOCK, FrameType.UNLOCK));
        this.broker = broker;
        this.room = new FrameRoom(maxFrameSize);
    }

    @Override
    void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame) {
        Header h = frame.header();
        Instance registered = connection.instance();
        if (registered == null) {
            connection.fail(h.type() + " before REGISTER");
            return;
        }
        if (connection.isLink()) {
            readFromLink(connection, registered, h, frame.body());
            return;
        }
        switch (h.type()) {
            case POST: post(connection, registered, h, frame.body()); break;
            case ACK:
                if (h.ids() != null) {
                    broker.acknowledge(registered, h.ids());
                }
                break;
            case FETCH: broker.fetch(registered, h.max()); break;
            case CALL: call(connection, registered, h, frame.body()); break;
            case REPLY: broker.reply(registered, h.id(), frame.body()); break;
            case LOCK: lock(connection, registered, h); break;
            case UNLOCK: broker.unlock(registered, h.lock()); break;
            case FORGET: connection.fail("FORGET comes only from a router's link"); break;
            default: throw new IllegalStateException(h.type() + " is not a service frame");
        }
    }

    /** What another server's router link sends: the messages it forwards, its calls, and what it forgot. */
    private void readFromLink(ServerConnection connection, Instance link, Header h, byte[] body) {
        switch (h.type()) {
            case POST: {
                String tooLarge = room.refusal(sender(h), connection.recipients(h), nonNull(h.event()), body.length);
                CompletableFuture<PostOutcome> outcome = tooLarge == null
                        ? broker.routing().postRouted(link, sender(h), connection.recipients(h), nonNull(h.event()), h.flags(), body,
                                h.route(), h.properties(), h.req() != 0)
                        : h.req() == 0 ? null : CompletableFuture.completedFuture(PostOutcome.refused(tooLarge));
                answer(connection, link, h.req(), outcome);
                break;
            }
            case CALL: broker.routing().callRouted(link, h.req(), sender(h), connection.recipients(h), nonNull(h.event()), body, h.route(),
                    h.properties()); break;
            case FORGET:
                if (h.ids() != null && h.ats() != null) {
                    broker.routing().forgetRouted(link, h.ids(), h.ats());
                }
                break;
            default: connection.fail(h.type() + " does not come from a router's link");
        }
    }

    /** Who posted a forwarded message on its first server. */
    private static ServiceUser sender(Header h) {
        return ServiceUser.of(h.fromService() == null ? "" : h.fromService(), h.fromUser() == null ? "" : h.fromUser());
    }

    private void call(ServerConnection connection, Instance caller, Header h, byte[] body) {
        String tooLarge = room.refusal(caller.who(), connection.recipients(h), nonNull(h.event()), body.length);
        if (tooLarge == null && !h.properties().isEmpty()) {
            tooLarge = MessagePropertyLimits.postingProblem(h.properties());
        }
        if (tooLarge != null) {
            connection.callFailed(h.req(), tooLarge);
            return;
        }
        if (h.lock() != 0) {
            broker.callThroughLock(caller, h.req(), h.lock(), connection.recipients(h), nonNull(h.event()), body, h.properties());
        } else {
            broker.call(caller, h.req(), connection.recipients(h), nonNull(h.event()), body, h.properties());
        }
    }

    /** LOCKED with the lock and the instance it holds ({@code id}, {@code toService}/{@code toUser}), or the reason there is none. */
    private void lock(ServerConnection connection, Instance owner, Header h) {
        LockOutcome outcome = broker.lock(owner, connection.recipients(h));
        Header answer = Header.of(FrameType.LOCKED).req(h.req());
        if (outcome.lock() == null) {
            answer.reason(outcome.refusal());
        } else {
            Instance locked = outcome.lock().locked();
            answer.lock(outcome.lock().id()).id(locked.id()).toService(locked.who().service()).toUser(locked.who().user());
        }
        connection.send(Frame.of(answer));
    }

    private void post(ServerConnection connection, Instance sender, Header h, byte[] body) {
        long req = h.req();
        String refusal = room.refusal(sender.who(), connection.recipients(h), nonNull(h.event()), body.length);
        if (refusal == null && !h.properties().isEmpty()) { // the frame's limits let a little more pass: the servers' own
            refusal = MessagePropertyLimits.postingProblem(h.properties());
        }
        AdminRequests administration = connection.adminRequests();
        if (refusal == null && administration != null) { // a read-only administrator posts nothing
            refusal = administration.postRefusal(connection.recipients(h), nonNull(h.event()), body.length);
        }
        if (refusal != null) {
            if (req != 0) {
                connection.send(Frame.of(Header.of(FrameType.POSTED).req(req).reason(refusal)));
            } else {
                ServerConnection.LOG.debug("{}: {}", sender, refusal); // nobody waits for an answer: dropped
            }
            return;
        }
        if (h.lock() != 0) {
            answer(connection, sender, req, broker.postThroughLock(sender, h.lock(), connection.recipients(h), nonNull(h.event()), h.flags(),
                    body, h.properties(), req != 0));
            return;
        }
        if (req == 0) { // nobody waits for POSTED
            broker.send(sender, connection.recipients(h), nonNull(h.event()), h.flags(), body, h.properties());
            return;
        }
        answer(connection, sender, req, broker.post(sender, connection.recipients(h), nonNull(h.event()), h.flags(), body, h.properties()));
    }

    /** POSTED once the outcome is final; nothing when nobody waits for it ({@code outcome} null). */
    private static void answer(ServerConnection connection, Instance sender, long req, CompletableFuture<PostOutcome> outcome) {
        if (outcome == null) {
            return;
        }
        outcome.whenComplete((done, error) -> {
            if (error != null) {
                ServerConnection.LOG.warn("posting for {} failed: {}", LogSafe.text(sender), error.toString());
                connection.send(Frame.of(Header.of(FrameType.POSTED).req(req).reason("the server could not store the message: " + error.getMessage())));
            } else {
                connection.send(posted(req, done));
            }
        });
    }

    private static Frame posted(long req, PostOutcome outcome) {
        return Frame.of(Header.of(FrameType.POSTED).req(req).id(outcome.messageId())
                .recipients(outcome.recipients()).waiting(outcome.waiting()).reason(outcome.refusal()));
    }

    private static String nonNull(String event) {
        return event == null ? "" : event;
    }
}
