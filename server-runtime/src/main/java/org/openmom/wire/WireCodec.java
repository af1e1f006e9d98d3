package org.openmom.wire;

import io.netty.channel.ChannelPipeline;

/** Installs the framing and codec layers of a connection's pipeline (server and client alike). */
public final class WireCodec {
    /** The default maximum frame size: 16 MiB. */
    public static final int DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;
    public static final int PROTOCOL_VERSION = 1;

    private WireCodec() {}

    public static void install(ChannelPipeline pipeline, int maxFrameSize) {
        // Frame length counts the bytes after itself; the decoder checks it against the limit as
        // soon as the length is read, before buffering the frame.
        pipeline.addLast("frame-decoder", new FrameDecoder(maxFrameSize));
        pipeline.addLast("frame-encoder", new FrameEncoder());
    }
}
