package org.openmom.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * A message delivered to this service.
 *
 * @param properties the names and values its poster gave it beside the body, in their order
 *                   (a dead letter's: where it was going, see {@code admin.MessageProperties}); empty for most
 */
public record ReceivedMessage(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body,
        Map<String, String> properties) {
    public ReceivedMessage(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body) {
        this(id, from, to, event, flags, body, Map.of());
    }

    public boolean isPersistent() {
        return (flags & Message.PERSISTENT) != 0;
    }

    /** A CALL: the sender waits for {@link OpenMomClient#reply}. */
    public boolean isCall() {
        return (flags & Message.CALL) != 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
