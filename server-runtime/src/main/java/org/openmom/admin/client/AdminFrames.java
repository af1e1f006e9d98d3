package org.openmom.admin.client;

import java.util.List;
import java.util.function.Consumer;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.connection.FrameListener;
import org.openmom.connection.ClientConnection;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an administration connection receives unasked, on its event loop: watch events, handed
 * to their watch's listener, the parts of streaming answers (search, export) to their stream, and
 * messages posted to the administration service, acknowledged at once (an administrator does
 * not consume messages).
 */
final class AdminFrames implements FrameListener {
    private static final Logger LOG = LoggerFactory.getLogger(AdminFrames.class);

    private final FramesById<byte[]> watches = new FramesById<>();
    private final FramesById<byte[]> streams = new FramesById<>();
    /** The server, for the log line of a failing change listener. */
    private volatile String server = "";

    /** ADMIN_EVENTS of watch {@code watchId} go to {@code listener} from now on (and those that came before). */
    void onEvents(long watchId, Consumer<List<ChangeEvent>> listener) {
        watches.attach(watchId, body -> {
            try {
                listener.accept(AdminJson.readEvents(body));
            } catch (RuntimeException e) {
                LOG.warn("{}: a change listener failed: {}", server, e.toString());
            }
        });
    }

    void stopEvents(long watchId) {
        watches.detach(watchId);
    }

    /** ADMIN_CHUNK bodies of stream {@code streamId} go to {@code listener} from now on (and those that came before); null: the connection is gone. */
    void onChunks(long streamId, Consumer<byte[]> listener) {
        streams.attach(streamId, listener);
    }

    void stopChunks(long streamId) {
        streams.detach(streamId);
    }

    @Override
    public void received(ClientConnection from, Frame frame) {
        Header h = frame.header();
        if (h.type() == FrameType.DELIVER) {
            from.send(Frame.of(Header.of(FrameType.ACK).ids(new long[] {h.id()})));
        } else if (h.type() == FrameType.ADMIN_EVENTS) {
            server = from.target().label();
            watches.deliver(h.id(), frame.body());
        } else if (h.type() == FrameType.ADMIN_CHUNK) {
            streams.deliver(h.id(), frame.body());
        }
    }

    @Override
    public void closed(ClientConnection from, String reason) {
        watches.closed(false);
        streams.closed(true); // a stream not over fails: the connection was lost
    }
}
