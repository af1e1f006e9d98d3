package org.openmom.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServiceUser;

/**
 * A message to post: destination, event, flags, body and properties (names and values beside the
 * body, in their order, within {@link MessagePropertyLimits}; none by default).
 *
 * @throws IllegalArgumentException when the properties pass a limit: the message names it
 */
public record Post(ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
    public Post {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        body = body == null ? new byte[0] : body;
        properties = MessagePropertyLimits.copyOf(properties);
        String problem = MessagePropertyLimits.postingProblem(properties);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public Post(ServiceUser to, String event, int flags, byte[] body) {
        this(to, event, flags, body, Map.of());
    }

    public static Post to(String service, String user, String event, byte[] body) {
        return new Post(ServiceUser.of(service, user), event, 0, body);
    }

    public static Post to(ServiceUser to, String event, String text) {
        return new Post(to, event, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    public Post persistent() {
        return new Post(to, event, flags | Message.PERSISTENT, body, properties);
    }

    public Post anycast() {
        return new Post(to, event, flags | Message.ANYCAST, body, properties);
    }

    public Post global() {
        return new Post(to, event, flags | Message.GLOBAL, body, properties);
    }

    /** The same post with property {@code name} set to {@code value} (after those set before). */
    public Post withProperty(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Post(to, event, flags, body, more);
    }

    /** The same post with {@code more} properties added, in their order. */
    public Post withProperties(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(more);
        return new Post(to, event, flags, body, all);
    }
}
