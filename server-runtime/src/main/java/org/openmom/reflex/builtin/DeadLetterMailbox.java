package org.openmom.reflex.builtin;

import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.Answer;
import org.openmom.reflex.DeadLettersReflex;
import org.openmom.reflex.ReflexContext;

/**
 * {@code DeadLetters <service> builtin <event> DeadLetterMailbox}: keeps each dead letter as a
 * persistent message for the service {@value #MAILBOX} (any user) with its event, body and
 * properties unchanged, and where it was going (destination, event, sender, id) as the
 * {@link DeadLetter} properties. Being persistent, it is journaled and waits in the server
 * mailbox until a {@value #MAILBOX} service registers to consume it, or an administrator
 * resubmits it.
 */
public final class DeadLetterMailbox implements DeadLettersReflex {
    public static final String MAILBOX = DeadLetter.MAILBOX;

    private final ReflexContext context;

    public DeadLetterMailbox(ReflexContext context) {
        this.context = context;
    }

    @Override
    public void deadLetter(Message message, Answer answer) {
        if (message.to().service().equals(MAILBOX)) {
            return; // a dead letter of the mailbox itself would come back here forever
        }
        context.post(ServiceUser.of(MAILBOX, "*"), message.event(), Message.PERSISTENT, message.body(),
                DeadLetter.of(message).keptProperties(message.properties()));
    }
}
