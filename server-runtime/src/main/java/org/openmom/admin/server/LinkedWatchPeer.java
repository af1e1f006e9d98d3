package org.openmom.admin.server;

import java.util.List;
import java.util.concurrent.Executor;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** The watches of an administration connection send ADMIN_EVENTS frames over its link. */
final class LinkedWatchPeer implements WatchPeer {
    private final AdminLink link;

    LinkedWatchPeer(AdminLink link) {
        this.link = link;
    }

    @Override
    public boolean isWritable() {
        return link.isWritable();
    }

    @Override
    public void sendEvents(long watchId, List<ChangeEvent> events) {
        link.send(Frame.of(Header.of(FrameType.ADMIN_EVENTS).id(watchId), AdminJson.write(events)));
    }

    @Override
    public Executor executor() {
        return link.executor();
    }
}
