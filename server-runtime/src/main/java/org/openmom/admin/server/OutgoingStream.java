package org.openmom.admin.server;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ADMIN_CHUNK frames of one streaming answer (a search, an export), sent from the admin
 * work thread: a part waits while the connection is full, so a slow administrator holds its
 * own stream back, never the server's memory (and is dropped after {@link #STALL}); cancelled by
 * ADMIN_CANCEL or the connection's end.
 */
final class OutgoingStream {
    private static final Logger LOG = LoggerFactory.getLogger(OutgoingStream.class);
    private static final long WAIT_NANOS = 2_000_000;
    /**
     * A connection that takes nothing for this long (alive, answering pings, but not reading)
     * loses its stream: the admin work thread serves every administrator of the server.
     */
    static final Duration STALL = Duration.ofSeconds(30);

    private final long id;
    private final AdminLink link;
    private volatile boolean cancelled;

    OutgoingStream(long id, AdminLink link) {
        this.id = id;
        this.link = link;
    }

    long id() {
        return id;
    }

    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    /**
     * Sends one part once the connection takes frames again.
     *
     * @return false when the stream was cancelled meanwhile (nothing sent)
     */
    boolean send(Object part) {
        long since = System.nanoTime();
        while (!link.isWritable()) {
            if (cancelled) {
                return false;
            }
            if (System.nanoTime() - since > STALL.toNanos()) {
                LOG.warn("stream {}: the administration connection took nothing for {} s — stopped", id, STALL.toSeconds());
                cancelled = true;
                return false;
            }
            LockSupport.parkNanos(WAIT_NANOS);
        }
        if (cancelled) {
            return false;
        }
        link.send(Frame.of(Header.of(FrameType.ADMIN_CHUNK).id(id), AdminJson.write(part)));
        return true;
    }
}
