package org.openmom.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.openmom.model.Message;

/**
 * Reads back, outside the broker lock, the paged bodies of a long copy of seeds sorted by id
 * (a search's or an export's), where each part of the copy noted where its bodies are in its own
 * hold of the lock ({@link ServerMailbox#pagedBodies}): a million stubs are not looked up in one
 * hold. A seed finds its part by id. A stub whose body left its page file before its part was
 * noted (delivered or purged meanwhile) reads as gone, like one that left it after.
 */
final class PartBodies implements UnaryOperator<Message> {
    /** Each part's reader, by the id of its first seed. */
    private final NavigableMap<Long, UnaryOperator<Message>> parts = new TreeMap<>();

    /** Under the lock: notes where the paged bodies of {@code part} are (its ids after those of the parts before). */
    void add(List<Message> part, ServerMailbox mailbox) {
        if (part.stream().anyMatch(ServerMailbox::isStub)) {
            parts.put(part.get(0).id(), mailbox.pagedBodies(part));
        }
    }

    /** @throws UncheckedIOException when the body is gone or cannot be read */
    @Override
    public Message apply(Message seed) {
        if (!ServerMailbox.isStub(seed)) {
            return seed;
        }
        Map.Entry<Long, UnaryOperator<Message>> part = parts.floorEntry(seed.id());
        Message whole = part == null ? seed : part.getValue().apply(seed);
        if (ServerMailbox.isStub(whole)) {
            throw new UncheckedIOException(new IOException("the body of message " + seed.id()
                    + " left its page file since the copy (delivered or purged meanwhile)"));
        }
        return whole;
    }
}
