package org.openmom.server.pipeline;

import org.openmom.model.ServiceUser;
import org.openmom.wire.Frame;
import org.openmom.wire.Header;

/** The ADMIN_* requests of one administration connection, answered on the connection's event loop. */
public interface AdminRequests {
    /**
     * The ADMIN_REPLY to an ADMIN_* request; null when a long request (a reload) answers later
     * through the connection's {@link AdminLink}.
     *
     * @throws org.openmom.wire.WireException when the request is malformed: the connection is then closed with an ERROR
     */
    Frame handle(Header request, byte[] body);

    /**
     * Whether this administration connection may POST now: null when it may (the post is then
     * recorded as an administration action), else the one-line reason it may not (a read-only
     * connection).
     */
    default String postRefusal(ServiceUser to, String event, int bodyLength) {
        return null;
    }

    /** The connection takes frames again after being full: whatever waited may go now. */
    void writable();

    /** The connection is gone. */
    void closed();
}
