package org.openmom.client;

import java.nio.charset.StandardCharsets;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** A message delivered to this service. */
public record ReceivedMessage(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body) {
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
