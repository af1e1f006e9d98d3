package org.openmom.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Second layer of the pipeline: turns one length-delimited frame (the framing layer has cut
 * it and stripped the frame length) into a {@link Frame}: int32 header length, header JSON,
 * body bytes.
 */
public final class FrameDecoder extends MessageToMessageDecoder<ByteBuf> {
    public FrameDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(decode(frame));
    }

    static Frame decode(ByteBuf frame) {
        if (frame.readableBytes() < 4) {
            throw new WireException("frame of " + frame.readableBytes() + " bytes is too short for its header length");
        }
        int headerLength = frame.readInt();
        if (headerLength < 2 || headerLength > frame.readableBytes()) {
            throw new WireException("header length " + headerLength + " does not fit a frame of "
                    + (frame.readableBytes() + 4) + " bytes");
        }
        Header header = HeaderJson.read(frame, frame.readerIndex(), headerLength);
        frame.skipBytes(headerLength);
        byte[] body = new byte[frame.readableBytes()];
        frame.readBytes(body);
        return Frame.of(header, body);
    }
}
