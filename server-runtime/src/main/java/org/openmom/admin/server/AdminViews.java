package org.openmom.admin.server;

import java.util.Arrays;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MessageFlag;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.config.ReflexDeclaration;
import org.openmom.model.Message;
import org.openmom.reflex.runtime.ReflexStatus;
import org.openmom.routes.EventRouter;
import org.openmom.routes.RouterDeclaration;
import org.openmom.routes.ServiceRouter;
import org.openmom.server.BrokerAdministration;
import org.openmom.server.routing.RouterStatus;

/** Turns the core's views into the admin DTOs (one place for the mapping, both directions of names). */
final class AdminViews {
    private AdminViews() {}

    static ServiceInfo service(BrokerAdministration.InstanceState state) {
        return new ServiceInfo(state.id(), state.who(), state.administration(), Status.of(state.enabled()),
                state.registeredAt(), state.remoteAddress(), state.undelivered(), state.inFlight(), state.mode(), state.rotation(),
                state.handOffBacklog());
    }

    static MessageSummary summary(Message message, boolean inFlight, int previewBytes) {
        byte[] body = message.body();
        byte[] preview = body.length <= previewBytes ? body : Arrays.copyOf(body, previewBytes);
        return new MessageSummary(message.id(), message.from(), message.to(), message.event(),
                MessageFlag.of(message.flags()), body.length, message.postedAt(), inFlight, preview, message.route(),
                message.properties());
    }

    static ReflexInfo reflex(ReflexStatus status) {
        ReflexDeclaration declaration = status.declaration();
        return new ReflexInfo(status.index(), declaration.kind(), declaration.serviceName(), declaration.dllPath(),
                declaration.key(), declaration.value(), status.line(), Status.of(status.enabled()), status.failures(),
                status.note());
    }

    /**
     * The server mailbox section a seed belongs to: a global one by where it was posted (here, or
     * on another server that routed it here), any other by whether it is persistent.
     */
    static MailboxKind sectionOf(Message seed) {
        if (seed.isGlobal()) {
            return seed.isRouted() ? MailboxKind.GLOBAL_MESSAGES : MailboxKind.GLOBAL_MESSAGE_SEEDS;
        }
        return seed.isPersistent() ? MailboxKind.PERSISTENT_MESSAGE_SEEDS : MailboxKind.MESSAGE_SEEDS;
    }

    static RouterInfo router(RouterStatus status) {
        RouterDeclaration declaration = status.declaration();
        String service = "";
        String event = "";
        if (declaration instanceof ServiceRouter serviceRouter) {
            service = serviceRouter.serviceName();
        } else if (declaration instanceof EventRouter eventRouter) {
            service = eventRouter.serviceName();
            event = eventRouter.eventName();
        }
        return new RouterInfo(declaration.name(), declaration.kind(), service, event, declaration.target(), declaration.toLine(),
                status.connected(), status.state(), status.connectedTo(), status.forwarded(), status.waiting(), status.dropped(),
                status.lastError(), status.queueId());
    }

    static BrokerAdministration.SeedSection section(MailboxKind kind) {
        switch (kind) {
            case MESSAGE_SEEDS: return BrokerAdministration.SeedSection.MESSAGE_SEEDS;
            case PERSISTENT_MESSAGE_SEEDS: return BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS;
            case GLOBAL_MESSAGES: return BrokerAdministration.SeedSection.GLOBAL_MESSAGES;
            case GLOBAL_MESSAGE_SEEDS: return BrokerAdministration.SeedSection.GLOBAL_MESSAGE_SEEDS;
            default: throw new IllegalArgumentException(kind + " is not a section of the server mailbox");
        }
    }
}
