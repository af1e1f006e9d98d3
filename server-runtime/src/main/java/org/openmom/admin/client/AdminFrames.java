package org.openmom.admin.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * to their watch's listener, the parts of streaming answers (search, export), and messages posted to the administration service, acknowledged
 * at once (an administrator does not consume messages).
 */
final class AdminFrames implements FrameListener {
    private static final Logger LOG = LoggerFactory.getLogger(AdminFrames.class);

    private final Map<Long, Consumer<List<ChangeEvent>>> watches = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<byte[]>> streams = new ConcurrentHashMap<>();

    /** ADMIN_EVENTS of watch {@code watchId} go to {@code listener} from now on (call on the event loop). */
    void onEvents(long watchId, Consumer<List<ChangeEvent>> listener) {
        watches.put(watchId, listener);
    }

    void stopEvents(long watchId) {
        watches.remove(watchId);
    }

    /** ADMIN_CHUNK bodies of stream {@code streamId} go to {@code listener} from now on (call on the event loop). */
    void onChunks(long streamId, Consumer<byte[]> listener) {
        streams.put(streamId, listener);
    }

    void stopChunks(long streamId) {
        streams.remove(streamId);
    }

    @Override
    public void received(ClientConnection from, Frame frame) {
        Header h = frame.header();
        if (h.type() == FrameType.DELIVER) {
            from.send(Frame.of(Header.of(FrameType.ACK).ids(new long[] {h.id()})));
        } else if (h.type() == FrameType.ADMIN_EVENTS) {
            events(from, h.id(), frame.body());
        } else if (h.type() == FrameType.ADMIN_CHUNK) {
            Consumer<byte[]> stream = streams.get(h.id());
            if (stream != null) { // else a stream cancelled while its last parts were on the way
                stream.accept(frame.body());
            }
        }
    }

    private void events(ClientConnection from, long watchId, byte[] body) {
        Consumer<List<ChangeEvent>> listener = watches.get(watchId);
        if (listener == null) {
            return; // a watch closed while its last events were on the way
        }
        try {
            listener.accept(AdminJson.readEvents(body));
        } catch (RuntimeException e) {
            LOG.warn("{}: a change listener failed: {}", from.target().label(), e.toString());
        }
    }

    @Override
    public void closed(ClientConnection from, String reason) {
        watches.clear();
        streams.values().forEach(stream -> stream.accept(null));
        streams.clear();
    }
}
