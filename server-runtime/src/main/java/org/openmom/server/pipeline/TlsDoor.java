package org.openmom.server.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import org.openmom.model.ServerIdentity;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * Stands before the TLS stage of a server that takes TLS only, and looks at the first bytes of a
 * connection once: a TLS record goes on to TLS (and this stage leaves), anything else is a client
 * without TLS. That one is told why in the plain frames it speaks, an ERROR naming the fix, and
 * closed at once, where TLS alone would close without a word and leave it guessing.
 */
final class TlsDoor extends ByteToMessageDecoder {
    /** A TLS record header: content type, version, length. */
    private static final int RECORD_HEADER = 5;

    private final ServerIdentity identity;

    TlsDoor(ServerIdentity identity) {
        this.identity = identity;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < RECORD_HEADER) {
            return;
        }
        if (SslHandler.isEncrypted(in, false)) {
            ctx.pipeline().remove(this); // passes the bytes read so far on to TLS
            return;
        }
        in.skipBytes(in.readableBytes());
        ServerConnection connection = ServerConnection.of(ctx.channel());
        ServerConnection.LOG.info("{} spoke without TLS and is closed", connection.peer());
        ByteBuf error = ctx.alloc().buffer();
        FrameEncoder.encode(Header.of(FrameType.ERROR).reason("server " + identity + " takes TLS connections only — give the client"
                + " the server's certificate: --tls-trust FILE, or $OPENMOM_HOME/files/tls/HOST.pem"), new byte[0], error);
        // written from here, past the TLS stage behind: the client reads plain frames
        ctx.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
    }
}
