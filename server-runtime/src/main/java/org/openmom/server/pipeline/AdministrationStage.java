package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.EnumSet;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireException;

/**
 * The ADMIN_* requests: answered by the connection's {@link AdminRequests} for an administration
 * service, an ERROR (connection kept) for anyone else. One per server.
 */
@ChannelHandler.Sharable
final class AdministrationStage extends FrameStage {
    AdministrationStage() {
        super(adminRequests());
    }

    private static EnumSet<FrameType> adminRequests() {
        EnumSet<FrameType> types = EnumSet.noneOf(FrameType.class);
        for (FrameType type : FrameType.values()) {
            if (type.isAdminRequest()) {
                types.add(type);
            }
        }
        return types;
    }

    @Override
    void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame) {
        Header h = frame.header();
        AdminRequests requests = connection.adminRequests();
        if (requests == null) {
            connection.send(Frame.of(Header.of(FrameType.ERROR).req(h.req()).reason(h.type()
                    + " is for administration services only: register with admin=true (locally, or over TCP with the admin secret)")));
            return;
        }
        try {
            Frame reply = requests.handle(h, frame.body());
            if (reply != null) {
                connection.send(reply);
            }
        } catch (WireException e) {
            connection.fail(e.getMessage());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        AdminRequests requests = ServerConnection.of(ctx.channel()).adminRequests();
        if (requests != null) {
            requests.closed();
        }
        ctx.fireChannelInactive();
    }
}
