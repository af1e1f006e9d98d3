package org.openmom.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.internal.PlatformDependent;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.model.Message;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;

/**
 * The one ordered path of frames out of a connection. Any thread may {@link #send}; the
 * connection's event loop writes them in batches with one flush per batch, so a producer on
 * another thread costs one task per batch, not per frame. Frames move to the channel only
 * while it is writable, and {@link #isWritable()} turns false once 1 MiB (or 4096 frames)
 * wait here: the broker then stops delivering and a client's sender waits, so neither side
 * buffers without bound.
 *
 * <p>A delivery waits here as the {@link Message} itself and becomes a DELIVER frame only when
 * it is encoded, through one header reused by the event loop: no header or frame object is made
 * per delivered message.
 */
public final class OutboundFrames {
    private static final int MAX_PENDING_FRAMES = 4096;
    private static final long MAX_PENDING_BYTES = 1 << 20;
    /** Roughly the header of a frame, so that empty-bodied frames count too. */
    private static final int FRAME_OVERHEAD = 96;
    /** Frames are encoded into buffers of about this size before they are written. */
    private static final int CHUNK = 64 * 1024;

    private final Channel channel;
    /** {@link Frame}s and {@link Message}s to deliver, in the order sent. */
    private final Queue<Object> pending = PlatformDependent.newMpscQueue();
    /** Filled anew for each delivery at encoding time; only the event loop touches it. */
    private final Header delivery = Header.of(FrameType.DELIVER);
    private final AtomicLong pendingFrames = new AtomicLong();
    private final AtomicLong pendingBytes = new AtomicLong();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;
    /** Set when a writer found the queue full: whoever waits is told once it has drained. */
    private volatile boolean full;
    private volatile Runnable onDrained = () -> { };
    private volatile long lastWriteNanos = System.nanoTime();
    /** How headers are written: JSON until the greeting chose another encoding (HELLO and WELCOME stay JSON). */
    private volatile HeaderEncoding encoding = HeaderEncoding.JSON;
    private io.netty.util.concurrent.ScheduledFuture<?> heartbeat;

    public OutboundFrames(Channel channel) {
        this.channel = channel;
    }

    public void send(Frame frame) {
        enqueue(frame, frame.body().length);
    }

    /** Sends {@code message} as a DELIVER frame. */
    public void deliver(Message message) {
        enqueue(message, message.body().length);
    }

    private void enqueue(Object frameOrMessage, int bodyLength) {
        pending.offer(frameOrMessage);
        pendingFrames.incrementAndGet();
        pendingBytes.addAndGet(FRAME_OVERHEAD + bodyLength);
        kick();
    }

    /**
     * Schedules a drain, e.g. when the channel became writable again. On the channel's own event
     * loop it is a task of the loop, run once the loop has read what is ready on all its channels:
     * what a read sends to one connection leaves in one write and one flush. From another event
     * loop it is handed over with the other drains for that loop ({@link LoopHandOffs}).
     */
    public void kick() {
        if (drainScheduled.compareAndSet(false, true) && !LoopHandOffs.give(channel.eventLoop(), drain)) {
            channel.eventLoop().execute(drain);
        }
    }

    /**
     * Writes the headers of the frames encoded from now on in {@code value}; called on the event
     * loop when the greeting chose it, so no frame drained after it is written otherwise.
     */
    public void useEncoding(HeaderEncoding value) {
        this.encoding = value;
    }

    public boolean isWritable() {
        if (overLimit()) {
            full = true;
            // Check again after raising the flag: a drain that finished in between did not see
            // it, so it will not call back — but then the queue is no longer over the limit.
            if (overLimit()) {
                return false;
            }
        }
        return channel.isWritable();
    }

    private boolean overLimit() {
        return pendingFrames.get() >= MAX_PENDING_FRAMES || pendingBytes.get() >= MAX_PENDING_BYTES;
    }

    /**
     * Called on the event loop after a full queue drained. The channel's own writability changes
     * are told by Netty; this covers the frames not yet handed to the channel.
     */
    public void onDrained(Runnable callback) {
        this.onDrained = callback;
    }

    /**
     * Sends {@code ping} whenever nothing was written for {@code intervalMillis}, so the peer
     * never takes this side for silent. Checked by a timer rather than by watching every write,
     * which would cost a promise and a listener per frame. Replaces an earlier heartbeat.
     */
    public void startHeartbeat(long intervalMillis, java.util.function.Supplier<Frame> ping) {
        channel.eventLoop().execute(() -> {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            long interval = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            heartbeat = channel.eventLoop().scheduleAtFixedRate(() -> {
                if (System.nanoTime() - lastWriteNanos >= interval) {
                    send(ping.get());
                }
            }, intervalMillis / 2, intervalMillis / 2, java.util.concurrent.TimeUnit.MILLISECONDS);
            channel.closeFuture().addListener(closed -> heartbeat.cancel(false));
        });
    }

    /** Encodes a frame or a delivery at the end of {@code batch}; returns its body's length. */
    private int encode(Object frameOrMessage, ByteBuf batch, HeaderEncoding encoding) {
        if (frameOrMessage instanceof Message) {
            Message m = (Message) frameOrMessage;
            delivery.id(m.id()).fromService(m.from().service()).fromUser(m.from().user())
                    .toService(m.to().service()).toUser(m.to().user()).event(m.event()).flags(m.flags())
                    .properties(m.properties()); // sets nothing for a message without, the common case
            FrameEncoder.encode(delivery, m.body(), batch, encoding);
            return m.body().length;
        }
        Frame frame = (Frame) frameOrMessage;
        FrameEncoder.encode(frame.header(), frame.body(), batch, encoding);
        return frame.body().length;
    }

    private void drain() {
        drainScheduled.set(false);
        int written = 0;
        long bytes = 0;
        Object next;
        ByteBuf batch = null;
        HeaderEncoding encoding = this.encoding;
        // Frames are encoded back to back into one buffer per chunk: one pipeline write per
        // chunk instead of one per frame. Stop at the channel's high-water mark: the rest waits
        // here, counted, until it is writable again.
        while ((next = pending.peek()) != null && (batch != null || channel.isWritable())) {
            pending.poll();
            if (batch == null) {
                // as large as what waits (up to a chunk): a delivery to one of many instances is a
                // few hundred bytes, not worth a 64 KiB buffer; a header larger than guessed grows it
                batch = channel.alloc().ioBuffer((int) Math.max(0, Math.min(CHUNK, pendingBytes.get() - bytes)) + 256);
            }
            bytes += FRAME_OVERHEAD + encode(next, batch, encoding);
            written++;
            if (batch.readableBytes() >= CHUNK) {
                channel.write(batch, channel.voidPromise());
                batch = null;
            }
        }
        if (batch != null) {
            channel.write(batch, channel.voidPromise());
        }
        pendingFrames.addAndGet(-written);
        pendingBytes.addAndGet(-bytes);
        if (written > 0) {
            channel.flush();
            lastWriteNanos = System.nanoTime();
        }
        if (!channel.isActive()) {
            pending.clear();
        }
        if (full && !overLimit()) {
            full = false;
            onDrained.run();
        }
    }
}
