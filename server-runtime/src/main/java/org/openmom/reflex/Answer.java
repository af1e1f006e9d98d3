package org.openmom.reflex;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The answer a local service or a dead-letters reflex may give (the guide's {@code PManswer}):
 * the reply of a CALL, or a message sent back to the sender of a posted message. Left untouched,
 * there is no answer (a CALL then gets an empty reply).
 */
public final class Answer {
    private byte[] body;
    private String event;

    /** Answers with these bytes. */
    public void setBody(byte[] body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Answers with this text, UTF-8 encoded. */
    public void setText(String text) {
        setBody(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The event name of an answer sent back as a message; the request's event when not set. */
    public void setEvent(String event) {
        this.event = Objects.requireNonNull(event, "event");
    }

    public boolean isGiven() {
        return body != null;
    }

    /** The body, or null when no answer was given. */
    public byte[] body() {
        return body;
    }

    /** The event, or null for the request's own. */
    public String event() {
        return event;
    }
}
