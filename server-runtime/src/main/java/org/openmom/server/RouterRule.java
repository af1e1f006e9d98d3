package org.openmom.server;

import org.openmom.model.Message;
import org.openmom.routes.RouterKind;

/**
 * What a router takes: every message without a recipient here (server router), the messages for
 * one service (service router), or for one event of a service (event router). Names are exact.
 */
public record RouterRule(String name, RouterKind kind, String service, String event) {

    /** Whether an explicit (service or event) router takes {@code message} before local delivery. */
    boolean takes(Message message) {
        switch (kind) {
            case SERVICE: return message.to().service().equals(service);
            case EVENT: return message.to().service().equals(service) && message.event().equals(event);
            default: return false;
        }
    }
}
