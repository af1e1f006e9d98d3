package org.openmom.torture;

import java.time.Duration;
import java.util.List;
import org.openmom.admin.ServiceInfo;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;

/**
 * Registers as a service and takes everything the server holds for it (callback mode, each
 * message acknowledged when the listener returns). It leaves once it is the only instance of its
 * service and its mailbox is empty — everything delivered and acknowledged, as the server's
 * administration snapshot says — so leaving drops nothing back into the server mailbox.
 */
final class DrainingConsumer implements AutoCloseable {
    private final ServerChild server;
    private final ServiceUser who;
    private final OpenMomClient client;

    private DrainingConsumer(ServerChild server, ServiceUser who, OpenMomClient client) {
        this.server = server;
        this.who = who;
        this.client = client;
    }

    /** Registers {@code who}; what it receives goes into {@code ledger} (one new session). */
    static DrainingConsumer register(ServerChild server, ServiceUser who, Ledger ledger) {
        ledger.newSession();
        OpenMomClient client = server.connect(server.clientOptions(who));
        client.setMessageListener(message -> ledger.received(message.body()));
        return new DrainingConsumer(server, who, client);
    }

    /** Registers, drains, leaves. */
    static void drain(ServerChild server, ServiceUser who, Ledger ledger, Duration limit) throws Exception {
        try (DrainingConsumer consumer = register(server, who, ledger)) {
            consumer.awaitEmptyMailbox(limit);
        }
    }

    /**
     * Waits until this is the only instance of its service, holds nothing unacknowledged and has
     * nothing more to come: a backlog is handed over a chunk at a time, so the mailbox empties
     * between two chunks (leaving then left the rest waiting, which R3 once took for lost messages).
     */
    void awaitEmptyMailbox(Duration limit) throws Exception {
        Waits.until("the mailbox of " + who + " to empty", limit, () -> {
            List<ServiceInfo> instances = server.snapshot().services().stream().filter(s -> s.who().equals(who)).toList();
            return instances.size() == 1 && instances.get(0).mailboxSize() == 0 && instances.get(0).handOffBacklog() == 0;
        });
    }

    @Override
    public void close() {
        client.close();
    }
}
