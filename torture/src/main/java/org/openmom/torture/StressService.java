package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * R8's service: registers, posts to its peers — confirmed persistent messages (entered in the
 * ledger), non-persistent ones (to one peer or to all), CALLs — answers CALLs, acknowledges what
 * it is delivered, and leaves; then registers again, with the messages left for it.
 */
final class StressService {
    static final String SERVICE = "LOCKS";
    /** Requests one connection keeps outstanding: enough to keep the server's locks busy, bounded so a hang shows. */
    private static final int IN_FLIGHT = 32;
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(60);

    private final ServerChild server;
    private final String name;
    private final List<ServiceUser> peers;
    private final Ledger ledger;
    private final Watchdog watchdog;
    private final Random random;
    private final StressThreads threads;
    private final AtomicLong registrations = new AtomicLong();
    private final AtomicLong nonPersistent = new AtomicLong();
    private final AtomicLong callsAnswered = new AtomicLong();
    private final AtomicLong requestsFailed = new AtomicLong();
    private long sequence;

    StressService(ServerChild server, String name, List<ServiceUser> peers, Ledger ledger, Watchdog watchdog, Random random,
                  StressThreads threads) {
        this.server = server;
        this.name = name;
        this.peers = peers;
        this.ledger = ledger;
        this.watchdog = watchdog;
        this.random = random;
        this.threads = threads;
    }

    static ServiceUser who(String name) {
        return ServiceUser.of(SERVICE, name);
    }

    /** One registration: up to a few hundred requests, every one settled, then the service leaves. */
    void cycle() throws Exception {
        OpenMomClient client = server.connect(server.clientOptions(who(name)));
        registrations.incrementAndGet();
        try {
            client.setMessageListener(message -> {
                if (message.isPersistent()) {
                    ledger.received(message.body()); // acknowledged when the listener returns
                }
                watchdog.progress();
            });
            client.setCallHandler(call -> call.body());
            Semaphore window = new Semaphore(IN_FLIGHT);
            int requests = 20 + random.nextInt(300);
            for (int i = 0; i < requests && !threads.stopping(); i++) {
                if (!window.tryAcquire(SETTLE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new TortureException(name + ": " + IN_FLIGHT + " requests unanswered for " + SETTLE_LIMIT.toSeconds() + " s");
                }
                request(client, window);
            }
            if (!window.tryAcquire(IN_FLIGHT, SETTLE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new TortureException(name + ": requests unanswered " + SETTLE_LIMIT.toSeconds() + " s before leaving");
            }
        } finally {
            client.close();
        }
    }

    private void request(OpenMomClient client, Semaphore window) {
        ServiceUser peer = peers.get(random.nextInt(peers.size()));
        int kind = random.nextInt(8);
        CompletableFuture<?> answer;
        if (kind < 4) {
            long seq = sequence++;
            String key = Ledger.key(name, seq);
            ledger.sent();
            answer = client.post(new Post(peer, "stress", Message.PERSISTENT, Ledger.body(name, seq, 0)))
                    .thenRun(() -> ledger.confirmed(key));
        } else if (kind < 6) {
            ServiceUser to = kind == 5 ? ServiceUser.of(SERVICE, "*") : peer; // to all: one post, many mailboxes
            answer = client.post(Post.to(to, "chatter", "non-persistent from " + name)).thenRun(nonPersistent::incrementAndGet);
        } else {
            answer = client.call(peer, "echo", name.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10))
                    .thenRun(callsAnswered::incrementAndGet);
        }
        answer.whenComplete((result, error) -> {
            if (error != null) {
                requestsFailed.incrementAndGet(); // a peer away (CALL), a post refused: answered all the same
            }
            watchdog.progress();
            window.release();
        });
    }

    long registrations() {
        return registrations.get();
    }

    long nonPersistentPosted() {
        return nonPersistent.get();
    }

    long callsAnswered() {
        return callsAnswered.get();
    }

    long requestsFailed() {
        return requestsFailed.get();
    }
}
