package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.MessageFlag;
import org.openmom.admin.MessageProperties;
import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.PostOutcome;

/**
 * A message an administrator posts again (resubmit, move, copy, import, restore): its sender,
 * event, flags, body and properties kept, posted as if its sender posted it now. A call is posted
 * as an ordinary message: nobody waits for its reply any more.
 *
 * @param oldId the id it had (0 for an imported one from another server)
 */
record Repost(long oldId, ServiceUser from, ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
    /** Posts every one in order; the outcomes in the same order. */
    static CompletableFuture<List<PostOutcome>> postAll(Broker broker, List<Repost> posts) {
        List<CompletableFuture<PostOutcome>> outcomes = new ArrayList<>(posts.size());
        for (Repost post : posts) {
            outcomes.add(broker.post(post.from(), post.to(), post.event(), post.flags() & ~Message.CALL, post.body(), post.properties())
                    .exceptionally(error -> PostOutcome.refused("the server could not store it: " + error.getMessage())));
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList());
    }

    /**
     * The message as it was posted, when {@code original} a dead letter's original (destination,
     * event, sender, its own properties without those that said where it was going).
     */
    static Repost of(Message message, boolean original) {
        Optional<DeadLetter> dead = original && DeadLetter.isKept(message)
                ? DeadLetter.of(message.properties(), message.from()) : Optional.empty();
        if (dead.isPresent()) {
            DeadLetter letter = dead.get();
            return new Repost(message.id(), letter.from(), letter.to(), letter.event(), message.flags(), message.body(),
                    DeadLetter.ownProperties(message.properties()));
        }
        return new Repost(message.id(), message.from(), message.to(), message.event(), message.flags(), message.body(),
                message.properties());
    }

    /** The same message to {@code to}: a dead letter's original sender and event, its properties kept (where it was going too). */
    static Repost of(Message message, ServiceUser to) {
        Optional<DeadLetter> dead = DeadLetter.isKept(message) ? DeadLetter.of(message.properties(), message.from()) : Optional.empty();
        ServiceUser from = dead.map(DeadLetter::from).orElse(message.from());
        String event = dead.map(DeadLetter::event).orElse(message.event());
        return new Repost(message.id(), from, to, event, message.flags(), message.body(), message.properties());
    }

    /**
     * An exported message, posted again: its own properties as they were (a dead letter's say where
     * it was going, so it can still be resubmitted), then its id, sender and posting time on the
     * exporting server as the {@code import.*} properties.
     */
    static Repost of(ExportedMessage message) {
        Map<String, String> properties = new LinkedHashMap<>(message.properties());
        properties.put(MessageProperties.IMPORT_ID, Long.toString(message.id()));
        properties.put(MessageProperties.IMPORT_FROM, message.from().toString());
        properties.put(MessageProperties.IMPORT_POSTED, Long.toString(message.postedAtMillis()));
        return new Repost(message.id(), message.from(), message.to(), message.event(), MessageFlag.bitsOf(message.flags()),
                message.body(), MessagePropertyLimits.copyOf(properties));
    }
}
