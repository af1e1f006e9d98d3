package org.openmom.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * The inbound side of the wire: cuts the byte stream into frames (int32 frame length, checked
 * against the maximum as soon as it is read, before anything is buffered for it) and turns
 * each into a {@link Frame}: int32 header length, header (JSON or CBOR, see {@link HeaderEncoding}), body bytes. Both in one stage,
 * reading the frame where it lies in the received bytes: no slice object per frame. After a
 * framing error the rest of the stream is ignored (the connection is being closed).
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    /** Read on the channel's event loop; set there too (a server raises it once its peer registered). */
    private int maxFrameSize;
    private boolean broken;

    public FrameDecoder(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    /** From now on frames up to {@code newMaxFrameSize} bytes are read; on the channel's event loop. */
    public void allow(int newMaxFrameSize) {
        this.maxFrameSize = newMaxFrameSize;
    }

    /** The bytes received and kept for a frame not yet whole; on the channel's event loop. */
    public int heldBytes() {
        return internalBuffer().readableBytes();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (broken) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < 4) {
            return;
        }
        int length = in.getInt(in.readerIndex());
        if (length < 0) {
            broken = true;
            throw new CorruptedFrameException("negative frame length " + length);
        }
        if (length > maxFrameSize) {
            broken = true;
            throw new TooLongFrameException("frame of " + length + " bytes, larger than the maximum of " + maxFrameSize + " bytes");
        }
        if (in.readableBytes() < 4 + length) {
            return; // the rest of the frame has not arrived yet
        }
        int frameEnd = in.readerIndex() + 4 + length;
        ByteBuf frame = in.skipBytes(4);
        int writerIndex = in.writerIndex();
        try {
            in.writerIndex(frameEnd); // the frame's own bytes only, as if cut out
            out.add(decode(frame));
        } finally {
            in.writerIndex(writerIndex);
            in.readerIndex(frameEnd);
        }
    }

    /** One frame without its length field: int32 header length | header | body. */
    static Frame decode(ByteBuf frame) {
        if (frame.readableBytes() < 4) {
            throw new WireException("frame of " + frame.readableBytes() + " bytes is too short for its header length");
        }
        int headerLength = frame.readInt();
        if (headerLength < 2 || headerLength > frame.readableBytes()) {
            throw new WireException("header length " + headerLength + " does not fit a frame of "
                    + (frame.readableBytes() + 4) + " bytes");
        }
        Header header = HeaderEncoding.read(frame, frame.readerIndex(), headerLength);
        frame.skipBytes(headerLength);
        byte[] body = new byte[frame.readableBytes()];
        frame.readBytes(body);
        return Frame.of(header, body);
    }
}
