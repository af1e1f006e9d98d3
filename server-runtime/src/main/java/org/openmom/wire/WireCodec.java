package org.openmom.wire;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/** Installs the framing and codec layers of a connection's pipeline (server and client alike). */
public final class WireCodec {
    /** The default maximum frame size: 16 MiB. */
    public static final int DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;
    public static final int PROTOCOL_VERSION = 1;

    private WireCodec() {}

    public static void install(ChannelPipeline pipeline, int maxFrameSize) {
        // Frame length counts the bytes after itself; the splitter checks it against the limit
        // (plus its own 4 bytes) as soon as the length is read, before buffering the frame.
        pipeline.addLast("framing", new LengthFieldBasedFrameDecoder(maxFrameSize + 4, 0, 4, 0, 4, true));
        pipeline.addLast("frame-decoder", new FrameDecoder());
        pipeline.addLast("frame-encoder", new FrameEncoder());
    }
}
