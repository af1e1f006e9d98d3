package org.openmom.app.explorer.send;

import java.nio.charset.StandardCharsets;
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
 */
public record TestMessage(String service, String user, String event, String body, boolean persistent) {
    public static TestMessage defaults() {
        return new TestMessage("*", "*", "Test", "Hello from OpenMOM Explorer", false);
    }

    public Post toPost() {
        Post post = new Post(ServiceUser.of(service, user), event, 0, body.getBytes(StandardCharsets.UTF_8));
        return persistent ? post.persistent() : post;
    }
}
