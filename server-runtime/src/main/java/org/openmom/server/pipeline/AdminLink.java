package org.openmom.server.pipeline;

import java.util.concurrent.Executor;
import org.openmom.wire.Frame;

/** An administration connection as the administration side sees it: where its watches send. */
public interface AdminLink {
    /** Whether the connection takes more frames now; a watch holds its events while not. */
    boolean isWritable();

    /** Queues {@code frame} on the connection's one ordered way out; any thread. */
    void send(Frame frame);

    /** Where the connection comes from: {@code local}, or the remote host:port (for the audit log). */
    String remoteAddress();

    /** The connection's own thread. */
    Executor executor();
}
