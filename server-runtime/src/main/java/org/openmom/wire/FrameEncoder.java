package org.openmom.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes a {@link Frame}: int32 frame length | int32 header length | header | body. The pipeline's
 * encoder writes JSON headers (the few frames written straight to a channel: errors before
 * closing, BYE); the frames of a conversation go through {@code OutboundFrames}, in its encoding.
 */
public final class FrameEncoder extends MessageToByteEncoder<Frame> {
    public FrameEncoder() {
        super(Frame.class);
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Frame frame, boolean preferDirect) {
        return ctx.alloc().ioBuffer(160 + frame.body().length);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, ByteBuf out) {
        encode(frame, out);
    }

    public static void encode(Frame frame, ByteBuf out) {
        encode(frame.header(), frame.body(), out);
    }

    /** Writes the frame of {@code header} and {@code body} without a {@link Frame} around them, the header in JSON. */
    public static void encode(Header header, byte[] body, ByteBuf out) {
        encode(header, body, out, HeaderEncoding.JSON);
    }

    /** Writes the frame of {@code header} and {@code body}, the header in {@code encoding}. */
    public static void encode(Header header, byte[] body, ByteBuf out, HeaderEncoding encoding) {
        int start = out.writerIndex();
        out.writeInt(0);
        out.writeInt(0);
        encoding.write(header, out);
        int headerLength = out.writerIndex() - start - 8;
        out.writeBytes(body);
        out.setInt(start, out.writerIndex() - start - 4);
        out.setInt(start + 4, headerLength);
    }
}
