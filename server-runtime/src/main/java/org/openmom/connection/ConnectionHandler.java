package org.openmom.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import org.openmom.wire.Frame;
import org.openmom.wire.Header;

/**
 * The protocol stage of a client connection's pipeline: answers PING, keeps the BYE or ERROR
 * that ends the conversation as its reason, routes answers to their requests and every other
 * frame to the owner's listener. Runs on the event loop; never blocks.
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<Frame> {
    /** The pipeline name of the stage that notices a silent server. */
    static final String IDLE = "heartbeat";

    private final ClientConnection connection;

    ConnectionHandler(ClientConnection connection) {
        super(Frame.class);
        this.connection = connection;
    }

    ClientConnection connection() {
        return connection;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        Header h = frame.header();
        switch (h.type()) {
            case WELCOME: connection.welcomed(h); break;
            case PING: connection.pong(); break;
            case PONG: break;
            case BYE:
                connection.closing("the server said goodbye" + (h.reason() == null ? "" : ": " + h.reason()));
                ctx.close();
                break;
            case ERROR:
                if (!connection.refused(h.req(), h.reason())) {
                    connection.closing("the server reported an error: " + h.reason());
                    ctx.close();
                }
                break;
            default:
                if (h.req() != 0) {
                    connection.answered(h.req(), frame);
                } else {
                    connection.received(frame);
                }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        connection.endOfRead();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (((IdleStateEvent) event).state() == IdleState.READER_IDLE) {
                connection.closing("the server has been silent too long");
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        connection.closing("connection error: " + describe(cause));
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.ended();
        ctx.fireChannelInactive();
    }

    /** The most telling message of an error: Netty often wraps the one that says what happened. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
