package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.MessageFlag;
import org.openmom.admin.MessageProperties;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.builtin.DeadLetterEnvelope;
import org.openmom.server.Broker;
import org.openmom.server.PostOutcome;

/**
 * A message an administrator posts again (resubmit, move, copy, import, restore): its sender,
 * event, flags and body kept, posted as if its sender posted it now. A call is posted as an
 * ordinary message: nobody waits for its reply any more.
 *
 * @param oldId the id it had (0 for an imported one from another server)
 */
record Repost(long oldId, ServiceUser from, ServiceUser to, String event, int flags, byte[] body) {
    /** Posts every one in order; the outcomes in the same order. */
    static CompletableFuture<List<PostOutcome>> postAll(Broker broker, List<Repost> posts) {
        List<CompletableFuture<PostOutcome>> outcomes = new ArrayList<>(posts.size());
        for (Repost post : posts) {
            outcomes.add(broker.post(post.from(), post.to(), post.event(), post.flags() & ~Message.CALL, post.body())
                    .exceptionally(error -> PostOutcome.refused("the server could not store it: " + error.getMessage())));
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList());
    }

    /** The message as it was posted, a dead letter's original (destination, event, sender, body) when {@code original}. */
    static Repost of(Message message, boolean original) {
        if (original) {
            var envelope = DeadLetters.envelope(message);
            if (envelope.isPresent()) {
                DeadLetterEnvelope dead = envelope.get();
                return new Repost(message.id(), dead.from(), dead.to(), dead.event(), message.flags(), dead.body());
            }
        }
        return new Repost(message.id(), message.from(), message.to(), message.event(), message.flags(), message.body());
    }

    /** The same message to {@code to}: a dead letter's original event and body. */
    static Repost of(Message message, ServiceUser to) {
        Repost original = of(message, true);
        return new Repost(message.id(), original.from(), to, original.event(), original.flags(), original.body());
    }

    /**
     * An exported message: a dead letter (its properties name the original destination) is kept
     * again as a dead letter, in its envelope, so that it can still be resubmitted.
     */
    static Repost of(ExportedMessage message) {
        int flags = MessageFlag.bitsOf(message.flags());
        Map<String, String> properties = message.properties();
        byte[] body = message.body();
        String deadTo = properties.get(MessageProperties.DEAD_LETTER_TO);
        if (deadTo != null) {
            body = new DeadLetterEnvelope(ServiceUser.parse(deadTo), properties.getOrDefault(MessageProperties.DEAD_LETTER_EVENT, ""),
                    ServiceUser.parse(properties.getOrDefault(MessageProperties.DEAD_LETTER_FROM, message.from().toString())),
                    parseId(properties.get(MessageProperties.DEAD_LETTER_ID)), body).toBytes();
        }
        return new Repost(message.id(), message.from(), message.to(), message.event(), flags, body);
    }

    private static long parseId(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
