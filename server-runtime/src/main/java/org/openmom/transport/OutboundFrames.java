package org.openmom.transport;

import io.netty.channel.Channel;
import io.netty.util.internal.PlatformDependent;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmom.wire.Frame;

/**
 * The one ordered path of frames out of a connection. Any thread may {@link #send}; the
 * connection's event loop writes them in batches with one flush per batch, so a producer on
 * another thread costs one task per batch, not per frame. Bounded by the broker, which stops
 * delivering while {@link #isWritable()} is false.
 */
public final class OutboundFrames {
    /** Frames queued but not yet handed to the channel, counted towards writability. */
    private static final int MAX_PENDING = 4096;

    private final Channel channel;
    private final Queue<Frame> pending = PlatformDependent.newMpscQueue();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;

    public OutboundFrames(Channel channel) {
        this.channel = channel;
    }

    public void send(Frame frame) {
        pending.offer(frame);
        pendingCount.incrementAndGet();
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(drain);
        }
    }

    public boolean isWritable() {
        return channel.isWritable() && pendingCount.get() < MAX_PENDING;
    }

    private void drain() {
        drainScheduled.set(false);
        int written = 0;
        Frame frame;
        while ((frame = pending.poll()) != null) {
            channel.write(frame, channel.voidPromise());
            written++;
        }
        pendingCount.addAndGet(-written);
        if (written > 0) {
            channel.flush();
        }
    }
}
