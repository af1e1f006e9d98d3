package org.openmom.reflex;

import org.openmom.model.Message;

/**
 * A {@code DeadLetters} reflex (guide prototype
 * {@code void f(RE_RTmessage* PMmessage, RE_RTmessage* PManswer)}): gets each non-persistent
 * message that found no recipient; an answer it gives goes back to the sender.
 */
public interface DeadLettersReflex {
    void deadLetter(Message message, Answer answer) throws Exception;
}
