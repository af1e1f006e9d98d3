package org.openmom.torture;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.function.Consumer;
import org.openmom.wire.Frame;
import org.openmom.wire.WireCodec;

/**
 * The server's framing and codec layers ({@link WireCodec#install}) on an {@link EmbeddedChannel}:
 * bytes in, frames out, stopping at the first error as the server closes a connection there.
 */
final class InProcessDecoder {
    static final int MAX_FRAME = WireCodec.DEFAULT_MAX_FRAME_SIZE;

    /** What decoding an input gave: frames, the error that ended it (or null), the most memory buffered at once. */
    record Decoded(long frames, Throwable error, long peakMemory) {}

    private InProcessDecoder() {
    }

    /** Feeds {@code input} in pieces of {@code pieces} bytes (as TCP would cut it) to a fresh pipeline. */
    static Decoded decode(byte[] input, int[] pieces, Consumer<Frame> frames) {
        UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(false);
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.config().setAllocator(allocator);
        WireCodec.install(channel.pipeline(), MAX_FRAME);
        long[] decoded = new long[1];
        Throwable[] error = new Throwable[1];
        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object frame) {
                decoded[0]++;
                frames.accept((Frame) frame);
                ReferenceCountUtil.release(frame);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                if (error[0] == null) {
                    error[0] = cause;
                }
                ctx.close();
            }
        });
        long peak = 0;
        int offset = 0;
        try {
            for (int size : pieces) {
                ByteBuf piece = Unpooled.wrappedBuffer(input, offset, size);
                offset += size;
                channel.writeInbound(piece);
                peak = Math.max(peak, allocator.metric().usedHeapMemory() + allocator.metric().usedDirectMemory());
                if (error[0] != null) {
                    break;
                }
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error[0] = e;
        } finally {
            try {
                channel.finishAndReleaseAll();
            } catch (RuntimeException ignored) {
                // the error that ended the input is already recorded
            }
        }
        return new Decoded(decoded[0], error[0], peak);
    }

    static Decoded decode(byte[] input, Consumer<Frame> frames) {
        return decode(input, new int[] {input.length}, frames);
    }
}
