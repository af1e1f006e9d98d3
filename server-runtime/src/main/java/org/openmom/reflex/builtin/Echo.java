package org.openmom.reflex.builtin;

import org.openmom.model.Message;
import org.openmom.reflex.Answer;
import org.openmom.reflex.LocalServiceReflex;

/**
 * {@code LocalService <name> builtin <event> Echo}: answers every message with its own body, so
 * a CALL tells whether the server is alive and answering (health checks).
 */
public final class Echo implements LocalServiceReflex {
    @Override
    public void handle(Message message, Answer answer) {
        answer.setBody(message.body());
    }
}
