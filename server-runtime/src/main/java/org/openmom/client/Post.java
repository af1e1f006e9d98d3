package org.openmom.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** A message to post: destination, event, flags and body. */
public record Post(ServiceUser to, String event, int flags, byte[] body) {
    public Post {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        body = body == null ? new byte[0] : body;
    }

    public static Post to(String service, String user, String event, byte[] body) {
        return new Post(ServiceUser.of(service, user), event, 0, body);
    }

    public static Post to(ServiceUser to, String event, String text) {
        return new Post(to, event, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    public Post persistent() {
        return new Post(to, event, flags | Message.PERSISTENT, body);
    }

    public Post anycast() {
        return new Post(to, event, flags | Message.ANYCAST, body);
    }

    public Post global() {
        return new Post(to, event, flags | Message.GLOBAL, body);
    }
}
