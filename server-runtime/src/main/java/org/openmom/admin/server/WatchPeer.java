package org.openmom.admin.server;

import java.util.List;
import java.util.concurrent.Executor;
import org.openmom.admin.ChangeEvent;

/** The administration connection a watch sends to (the transport implements it). */
public interface WatchPeer {
    /** Whether the connection takes more frames now; a watch holds its events while not. */
    boolean isWritable();

    /** Sends one ADMIN_EVENTS frame. */
    void sendEvents(long watchId, List<ChangeEvent> events);

    /** The connection's own thread, where its watches drain. */
    Executor executor();
}
