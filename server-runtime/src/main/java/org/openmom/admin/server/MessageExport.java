package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.MessageFlag;
import org.openmom.admin.Progress;
import org.openmom.admin.protocol.AdminRequests.ExportChunk;
import org.openmom.model.Message;
import org.openmom.server.BrokerAdministration.Place;

/**
 * One ADMIN_EXPORT, run on the admin work thread over messages copied by reference from the
 * broker: whole messages in parts of about {@link #PART_BYTES} of bodies (one bigger message
 * goes alone), so that no frame holds a mailbox.
 */
final class MessageExport implements Runnable {
    static final int PART_BYTES = 1 << 20;
    private static final int MESSAGES_PER_PART = 2_000;

    private final Place selection;
    private final OutgoingStream out;

    /** Exports the messages of {@code selection}, each read whole just before it is written. */
    MessageExport(Place selection, OutgoingStream out) {
        this.selection = selection;
        this.out = out;
    }

    @Override
    public void run() {
        List<ExportedMessage> part = new ArrayList<>();
        long bytes = 0;
        long sent = 0;
        List<Message> messages = selection.messages();
        for (Message held : messages) {
            if (out.isCancelled()) {
                return;
            }
            Optional<Message> message = selection.withBody(held);
            if (message.isEmpty()) {
                continue; // delivered or purged since the export began
            }
            ExportedMessage exported = exported(message.get());
            if (!part.isEmpty() && (bytes + exported.body().length > PART_BYTES || part.size() == MESSAGES_PER_PART)) {
                sent += part.size();
                if (!out.send(new ExportChunk(List.copyOf(part), new Progress(sent, messages.size()), null, null))) {
                    return;
                }
                part.clear();
                bytes = 0;
            }
            part.add(exported);
            bytes += exported.body().length;
        }
        out.send(new ExportChunk(List.copyOf(part), new Progress(messages.size(), messages.size()), (long) messages.size(), null));
    }

    static ExportedMessage exported(Message message) {
        return new ExportedMessage(message.id(), message.from(), message.to(), message.event(), MessageFlag.of(message.flags()),
                message.postedAt(), message.properties(), message.body());
    }
}
