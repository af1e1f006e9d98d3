package org.openmom.admin.server;

import java.util.concurrent.locks.LockSupport;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * The ADMIN_CHUNK frames of one streaming answer (a search, an export), sent from the admin
 * work thread: a part waits while the connection is full, so a slow administrator holds its
 * own stream back, never the server's memory; cancelled by ADMIN_CANCEL or the connection's end.
 */
final class OutgoingStream {
    private static final long WAIT_NANOS = 2_000_000;

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
        while (!link.isWritable()) {
            if (cancelled) {
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
