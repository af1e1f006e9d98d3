package org.openmom.client;

import java.util.ArrayList;
import java.util.List;
import org.openmom.connection.FrameListener;
import org.openmom.connection.ClientConnection;
import org.openmom.model.ServiceUser;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * The service client's side of one connection, on its event loop: DELIVERs become messages,
 * handed to the client together at the end of each socket read (one thread wake-up per read,
 * not per message); CALLs may be answered here at once; the end of the connection is reported.
 */
final class Deliveries implements FrameListener {
    private final OpenMomClient client;
    /** Messages of the current socket read. */
    private List<ReceivedMessage> readBatch = new ArrayList<>();

    Deliveries(OpenMomClient client) {
        this.client = client;
    }

    @Override
    public void received(ClientConnection from, Frame frame) {
        Header h = frame.header();
        if (h.type() != FrameType.DELIVER) {
            return; // nothing else comes unasked to a service
        }
        ReceivedMessage message = new ReceivedMessage(h.id(), ServiceUser.of(h.fromService(), h.fromUser()),
                ServiceUser.of(h.toService(), h.toUser()), h.event(), h.flags(), frame.body(), h.properties());
        if (!message.isCall() || !client.answeredOnNetworkThread(from, message)) {
            readBatch.add(message);
        }
    }

    @Override
    public void endOfRead(ClientConnection from) {
        if (!readBatch.isEmpty()) {
            client.delivered(from, readBatch);
            readBatch = new ArrayList<>();
        }
    }

    @Override
    public void closed(ClientConnection from, String reason) {
        client.lost(from, reason);
    }
}
