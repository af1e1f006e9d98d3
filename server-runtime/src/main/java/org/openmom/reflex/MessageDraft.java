package org.openmom.reflex;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * A message seed as message filters see it: they may change its destination, event and body
 * before it is posted. The sender, id, flags and properties stay as posted.
 */
public final class MessageDraft {
    private final Message original;
    private ServiceUser to;
    private String event;
    private byte[] body;

    public MessageDraft(Message seed) {
        this.original = seed;
        this.to = seed.to();
        this.event = seed.event();
        this.body = seed.body();
    }

    public long id() {
        return original.id();
    }

    public ServiceUser from() {
        return original.from();
    }

    public int flags() {
        return original.flags();
    }

    public boolean isPersistent() {
        return original.isPersistent();
    }

    /** The properties its poster gave it (read only), in their order; empty for most messages. */
    public Map<String, String> properties() {
        return original.properties();
    }

    public ServiceUser to() {
        return to;
    }

    public String event() {
        return event;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public void setTo(ServiceUser newTo) {
        this.to = Objects.requireNonNull(newTo, "to");
    }

    public void setEvent(String newEvent) {
        this.event = Objects.requireNonNull(newEvent, "event");
    }

    public void setBody(byte[] newBody) {
        this.body = Objects.requireNonNull(newBody, "body");
    }

    public void setText(String text) {
        setBody(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The seed as it now reads, the original object when nothing changed. */
    public Message toMessage() {
        if (to.equals(original.to()) && event.equals(original.event()) && body == original.body()) {
            return original;
        }
        return new Message(original.id(), original.from(), to, event, original.flags(), body, original.postedAt(), original.route(),
                original.properties());
    }
}
