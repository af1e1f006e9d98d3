package org.openmom.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.DeleteResult;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Watch;
import org.openmom.admin.WatchRequest;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;

/**
 * Many services registering, posting (persistent or not), calling, acknowledging and going away
 * while administrators watch and delete, against one real server in this JVM (journal on, as
 * {@code openmom server} runs). It must end without a hang — a stall dumps every thread with its
 * locks — and keep what a user relies on: every persistent message the server confirmed is
 * delivered or deleted by an administrator, the server's delete counter is the sum of what the
 * administrators were told they deleted, the journal's seeds are all gone once everyone caught
 * up, and the server still answers.
 *
 * <p>Runs {@value #DEFAULT_SECONDS} s in every build; {@code -Dopenmom.stress.seconds=30} runs
 * it longer (docs/server.md, "Threads and locks"). What a run did is written to
 * {@code target/stress-summary.txt}.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class BrokerStressTest {
    private static final int DEFAULT_SECONDS = 6;
    private static final long SECONDS = Long.getLong("openmom.stress.seconds", DEFAULT_SECONDS);
    private static final long STALL_SECONDS = 30;
    private static final int SERVICES = 6;
    private static final int ADMINISTRATORS = 2;
    private static final String SERVICE = "STRESS";
    /** What the last run did, for whoever ran it long (the build's console shows no test log). */
    private static final Path SUMMARY = Path.of("target", "stress-summary.txt");

    @TempDir
    Path home;
    private OpenMomServer server;
    private final Progress progress = new Progress(STALL_SECONDS);
    /** Persistent messages the server confirmed (POSTED): by id, their target. */
    private final Map<Long, ServiceUser> confirmed = new ConcurrentHashMap<>();
    private final Set<Long> received = ConcurrentHashMap.newKeySet();
    private final Set<Long> deleted = ConcurrentHashMap.newKeySet();
    /** What the administrators were told they deleted (places, as the server counts them). */
    private final AtomicLong deletedPlaces = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong watchEvents = new AtomicLong();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @Test
    void servicesAndAdministratorsHammerOneServer() throws Exception {
        ServerSettings settings = ServerSettings.defaults(new ServerIdentity("STRESS", 1), new OpenMomHome(home))
                .withProtocols(EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL))
                .withTcp("127.0.0.1", 0);
        server = OpenMomServer.start(settings, null, null);
        try {
            long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                ServiceUser who = user(i);
                threads.add(start("service-" + i, () -> serve(who, stopAt)));
            }
            for (int i = 0; i < ADMINISTRATORS; i++) {
                String name = "admin" + i;
                threads.add(start(name, () -> administer(name, stopAt)));
            }
            progress.awaitEnd("every service and administrator stopped", threads);
            assertThat(failures).as("unexpected failures of the threads").isEmpty();

            drainEveryMailbox();
            assertTheServerStillAnswers();
            Files.writeString(SUMMARY, summary() + System.lineSeparator());
        } finally {
            server.close();
        }
    }

    /** The work of one service or administrator, on a thread of its own. */
    @FunctionalInterface
    private interface Loop {
        void run() throws Exception;
    }

    /** Starts {@code loop} on its own thread; whatever it throws fails the test. */
    private Thread start(String name, Loop loop) {
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "stress-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static ServiceUser user(int index) {
        return ServiceUser.of(SERVICE, "u" + index);
    }

    private ServerAddress tcp() {
        return ServerAddress.tcp("127.0.0.1", server.tcpPort());
    }

    private OpenMomClient connect(ServiceUser who) {
        OpenMomClient client = OpenMomClient.connect(ClientOptions.of(who).withHome(new OpenMomHome(home)).withReconnect(false), tcp());
        client.setCallHandler(call -> call.body());
        client.setMessageListener(this::received);
        progress.step();
        return client;
    }

    private void received(ReceivedMessage message) {
        received.add(message.id());
        progress.step();
    }

    /** Connects and goes away again and again; while connected, posts, sends and calls the others. */
    private void serve(ServiceUser who, long stopAt) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < stopAt) {
            try (OpenMomClient client = connect(who)) {
                for (int n = random.nextInt(20, 120); n > 0 && System.nanoTime() < stopAt; n--) {
                    act(client, user(random.nextInt(SERVICES)), random.nextInt(100));
                    progress.step();
                }
            }
        }
    }

    private void act(OpenMomClient client, ServiceUser to, int dice) throws Exception {
        byte[] body = ByteBuffer.allocate(16).putLong(System.nanoTime()).putLong(dice).array();
        if (dice < 40) {
            PostResult result = client.post(new Post(to, "persistent", 0, body).persistent()).get(20, TimeUnit.SECONDS);
            confirmed.put(result.messageId(), to);
        } else if (dice < 70) {
            client.send(new Post(to, "fire-and-forget", 0, body));
        } else if (dice < 85) {
            client.post(new Post(to, "confirmed", 0, body)).get(20, TimeUnit.SECONDS);
        } else {
            call(client, to, body);
        }
    }

    /** The callee may be away or go away meanwhile: such a call fails, and says so; an answer is the echo. */
    private void call(OpenMomClient client, ServiceUser to, byte[] body) throws Exception {
        try {
            byte[] reply = client.call(to, "echo", body, Duration.ofSeconds(20)).get(25, TimeUnit.SECONDS);
            assertThat(reply).containsExactly(body);
            calls.incrementAndGet();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof OpenMomException) || !e.getCause().getMessage().contains("call to")) {
                throw e;
            }
        }
    }

    /** Watches everything and deletes a few messages from service mailboxes and persistent seeds. */
    private void administer(String name, long stopAt) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (AdminSession session = administrator(name)) {
            Watch watch = session.watch(WatchRequest.everything(), event -> watchEvents.incrementAndGet()).get(20, TimeUnit.SECONDS);
            while (System.nanoTime() < stopAt) {
                if (random.nextBoolean()) {
                    deleteFromAServiceMailbox(session, random);
                } else {
                    deleteFrom(session, MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS), random);
                }
                progress.step();
                Thread.sleep(random.nextInt(5, 30));
            }
            watch.close();
        }
    }

    private void deleteFromAServiceMailbox(AdminSession session, ThreadLocalRandom random) throws Exception {
        ServerSnapshot snapshot = session.snapshot().get(20, TimeUnit.SECONDS);
        List<ServiceInfo> services = snapshot.services();
        if (!services.isEmpty()) {
            deleteFrom(session, MailboxRef.service(services.get(random.nextInt(services.size())).instanceId()), random);
        }
    }

    /** Deletes one of the first messages of {@code mailbox} now and then; the instance may have gone meanwhile. */
    private void deleteFrom(AdminSession session, MailboxRef mailbox, ThreadLocalRandom random) throws Exception {
        MailboxPage page;
        try {
            page = session.mailbox(MailboxQuery.first(mailbox, 10)).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException instanceGone) {
            assertThat(instanceGone.getCause().getMessage()).contains("is registered");
            return;
        }
        if (page.messages().isEmpty() || random.nextInt(4) != 0) {
            return;
        }
        MessageSummary victim = page.messages().get(random.nextInt(page.messages().size()));
        DeleteResult result;
        try {
            result = session.delete(mailbox, List.of(victim.id())).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException instanceGone) {
            assertThat(instanceGone.getCause().getMessage()).contains("is registered");
            return;
        }
        deletedPlaces.addAndGet(result.deleted());
        if (result.deleted() > 0) {
            deleted.add(victim.id());
        }
    }

    private AdminSession administrator(String name) throws Exception {
        AdminOptions options = AdminOptions.of(name).withHome(new OpenMomHome(home))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));
        return AdminClient.connect(ServerAddress.local(server.broker().identity().localName()), options).get(20, TimeUnit.SECONDS);
    }

    /** Everyone comes back and takes what waits for them: every confirmed persistent message arrives, unless deleted. */
    private void drainEveryMailbox() throws Exception {
        List<OpenMomClient> everyone = new ArrayList<>();
        try (AdminSession session = administrator("auditor")) {
            for (int i = 0; i < SERVICES; i++) {
                everyone.add(connect(user(i)));
            }
            progress.awaitUntil("every confirmed persistent message is delivered or deleted", () -> missing().isEmpty(),
                    () -> ": " + missing().size() + " missing, e.g. " + missing().stream().limit(10).map(id -> id + " to " + confirmed.get(id)).toList());
            progress.awaitUntil("the journal holds no seed any more",
                    () -> persistentSeeds(session) == 0, () -> ": " + persistentSeeds(session) + " left");
            ServerSnapshot snapshot = session.snapshot().get(20, TimeUnit.SECONDS);
            assertThat(snapshot.counters().deleted()).as("deletes counted by the server = deletes told to administrators")
                    .isEqualTo(deletedPlaces.get());
            assertThat(snapshot.counters().waitingSeeds()).isZero();
            assertThat(snapshot.counters().posted()).isGreaterThanOrEqualTo(confirmed.size());
        } finally {
            everyone.forEach(OpenMomClient::close);
        }
        assertThat(confirmed).as("persistent messages confirmed").isNotEmpty();
        assertThat(watchEvents.get()).as("events the watches received").isPositive();
    }

    private String summary() {
        return String.format("%d s: %d persistent messages confirmed, %d messages received, %d deleted (%d places), %d calls answered,"
                + " %d watch events, %d steps", SECONDS, confirmed.size(), received.size(), deleted.size(), deletedPlaces.get(),
                calls.get(), watchEvents.get(), progress.steps());
    }

    private List<Long> missing() {
        List<Long> missing = new ArrayList<>();
        for (Long id : confirmed.keySet()) {
            if (!received.contains(id) && !deleted.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    private static int persistentSeeds(AdminSession session) {
        try {
            return session.mailbox(MailboxQuery.first(MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS), 1))
                    .get(20, TimeUnit.SECONDS).total();
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not answer for its persistent seeds: " + e, e);
        }
    }

    private void assertTheServerStillAnswers() throws Exception {
        try (OpenMomClient late = connect(ServiceUser.of("LATE", "comer"));
                AdminSession session = administrator("last")) {
            PostResult result = late.post(Post.to(ServiceUser.of("LATE", "comer"), "ping", "still there?").persistent())
                    .get(10, TimeUnit.SECONDS);
            progress.awaitUntil("the late comer got its own message", () -> received.contains(result.messageId()));
            assertThat(session.snapshot().get(10, TimeUnit.SECONDS).services()).extracting(s -> s.who().toString())
                    .contains("LATE/comer");
        }
    }
}
