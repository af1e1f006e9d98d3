package org.openmom.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A dead letter as the built-in DeadLetterMailbox keeps it: the message as it was (event, body and
 * its own properties unchanged), addressed to {@value #MAILBOX}, with its original destination,
 * event, sender and id as the properties named here — so that a consumer of the dead letters reads
 * the body its sender wrote, and an administrator resubmits it where it was going.
 *
 * @param to    where it was going
 * @param event its event there
 * @param from  who posted it
 * @param id    its id on the server where it died
 */
public record DeadLetter(ServiceUser to, String event, ServiceUser from, long id) {
    /** The service dead letters are kept for (any user). */
    public static final String MAILBOX = "DEADLETTERS";
    /** The original destination, {@code SERVICE/USER}. */
    public static final String TO = "dead-letter.to";
    /** The original event. */
    public static final String EVENT = "dead-letter.event";
    /** The original sender, {@code SERVICE/USER}. */
    public static final String FROM = "dead-letter.from";
    /** The original id. */
    public static final String ID = "dead-letter.id";

    public static DeadLetter of(Message message) {
        return new DeadLetter(message.to(), message.event(), message.from(), message.id());
    }

    /** The properties of the kept dead letter: the message's own, then where it was going. */
    public Map<String, String> keptProperties(Map<String, String> own) {
        Map<String, String> kept = new LinkedHashMap<>(own);
        kept.put(TO, to.toString());
        kept.put(EVENT, event);
        kept.put(FROM, from.toString());
        kept.put(ID, Long.toString(id));
        return MessagePropertyLimits.copyOf(kept);
    }

    /** The properties of a kept dead letter without those naming where it was going: the original message's own. */
    public static Map<String, String> ownProperties(Map<String, String> kept) {
        if (!kept.containsKey(TO)) {
            return kept;
        }
        Map<String, String> own = new LinkedHashMap<>(kept);
        own.keySet().removeAll(java.util.List.of(TO, EVENT, FROM, ID));
        return MessagePropertyLimits.copyOf(own);
    }

    /** Where a kept dead letter was going; empty for any other message (or properties an administrator spoiled). */
    public static Optional<DeadLetter> of(Map<String, String> properties, ServiceUser keptFrom) {
        String to = properties.get(TO);
        if (to == null) {
            return Optional.empty();
        }
        try {
            String from = properties.get(FROM);
            String id = properties.get(ID);
            return Optional.of(new DeadLetter(ServiceUser.parse(to), properties.getOrDefault(EVENT, ""),
                    from == null ? keptFrom : ServiceUser.parse(from), id == null ? 0 : Long.parseLong(id)));
        } catch (IllegalArgumentException spoiled) { // NumberFormatException included
            return Optional.empty();
        }
    }

    /** Whether {@code message} is a dead letter kept for {@value #MAILBOX}. */
    public static boolean isKept(Message message) {
        return message.to().service().equals(MAILBOX) && message.properties().containsKey(TO);
    }
}
