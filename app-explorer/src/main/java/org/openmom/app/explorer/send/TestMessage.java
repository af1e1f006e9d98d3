package org.openmom.app.explorer.send;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;

/**
 * A message the administrator posts to try a service ("Send test message…").
 *
 * @param service    the addressed service ({@code *} wildcards allowed)
 * @param user       the addressed user ({@code *} wildcards allowed)
 * @param event      the event name
 * @param body       the body, as text (UTF-8)
 * @param persistent whether it waits for an absent recipient
 * @param properties the message's properties beside its body, in order
 */
public record TestMessage(String service, String user, String event, String body, boolean persistent, Map<String, String> properties) {
    public TestMessage {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A message without properties. */
    public TestMessage(String service, String user, String event, String body, boolean persistent) {
        this(service, user, event, body, persistent, Map.of());
    }

    public static TestMessage defaults() {
        return new TestMessage("*", "*", "Test", "Hello from OpenMOM Explorer", false);
    }

    public Post toPost() {
        Post post = new Post(ServiceUser.of(service, user), event, 0, body.getBytes(StandardCharsets.UTF_8)).withProperties(properties);
        return persistent ? post.persistent() : post;
    }
}
