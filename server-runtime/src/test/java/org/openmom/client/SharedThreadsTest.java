package org.openmom.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/**
 * The clients of one JVM share their network and dispatch threads, and each still gets what its
 * javadoc promises: its messages and calls one at a time, in order, never on a network thread;
 * a listener that blocks stops nobody else; the threads end with the last client.
 */
@Timeout(60)
class SharedThreadsTest {
    /** More blocked listeners than the dispatch pool starts with: it has to grow. */
    private static final int BLOCKED = Runtime.getRuntime().availableProcessors() + 2;

    @TempDir
    Path home;
    private TestServer server;
    /** Let go at each test's end, so that closing does not wait on a listener still blocked. */
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close(); // its clients first
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void manyClientsOnSharedThreadsEachReceiveTheirMessagesInOrderOneAtATimeOffTheNetworkThreads() throws Exception {
        int consumers = 50;
        int perConsumer = 200;
        List<BlockingQueue<String>> received = new ArrayList<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < consumers; c++) {
            OpenMomClient consumer = server.connect("C", "c" + c);
            BlockingQueue<String> got = new LinkedBlockingQueue<>();
            received.add(got);
            AtomicBoolean inListener = new AtomicBoolean();
            consumer.setMessageListener(message -> {
                if (!inListener.compareAndSet(false, true)) {
                    violations.add("two messages of one client at once");
                }
                String thread = Thread.currentThread().getName();
                if (thread.startsWith("openmom-client")) {
                    violations.add("a listener on network thread " + thread);
                }
                got.add(message.bodyText());
                inListener.set(false);
            });
        }
        OpenMomClient producer = server.connect("P", "p");
        for (int i = 0; i < perConsumer; i++) {
            for (int c = 0; c < consumers; c++) {
                producer.send(Post.to(ServiceUser.of("C", "c" + c), "n", Integer.toString(i)));
            }
        }

        for (int c = 0; c < consumers; c++) {
            for (int i = 0; i < perConsumer; i++) {
                assertThat(received.get(c).poll(10, TimeUnit.SECONDS)).as("message %d of consumer %d", i, c).isEqualTo(Integer.toString(i));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(networkThreads()).as("network threads of %d clients", consumers + 1)
                .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
        Await.until("all acknowledged", () -> server.broker().counters().acknowledged() == consumers * perConsumer);
    }

    /** {@link #BLOCKED} clients of {@code service} whose listeners block until the test ends, each given a message. */
    private void blockListeners(String service, OpenMomClient producer) throws InterruptedException {
        CountDownLatch allBlocked = new CountDownLatch(BLOCKED);
        for (int b = 0; b < BLOCKED; b++) {
            server.connect(service, "s" + b).setMessageListener(message -> {
                allBlocked.countDown();
                awaitQuietly(release);
            });
            producer.send(Post.to(ServiceUser.of(service, "s" + b), "wait", "x"));
        }
        assertThat(allBlocked.await(10, TimeUnit.SECONDS)).as("every blocking listener entered").isTrue();
    }

    @Test
    void listenersThatBlockDoNotStopAnotherClientsDeliveries() throws Exception {
        OpenMomClient producer = server.connect("P", "p");
        blockListeners("STUCK", producer);

        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        server.connect("FREE", "f").setMessageListener(message -> got.add(message.bodyText()));
        for (int i = 0; i < 100; i++) {
            producer.send(Post.to(ServiceUser.of("FREE", "f"), "n", Integer.toString(i)));
        }
        for (int i = 0; i < 100; i++) {
            assertThat(got.poll(10, TimeUnit.SECONDS)).as("message %d while %d listeners block", i, BLOCKED).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void aCallHandlerAnswersWhileOtherClientsListenersAreSlow() throws Exception {
        OpenMomClient producer = server.connect("P", "p");
        blockListeners("SLOW", producer);
        server.connect("ECHO", "e").setCallHandler(call -> text("echo " + call.bodyText()));

        byte[] answer = producer.call(ServiceUser.of("ECHO", "e"), "ping", text("hi"), Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);

        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("echo hi");
    }

    @Test
    void messagesWaitForTheListenerWhileCallsAreAnsweredAndComeInOrderOnceItIsSet() throws Exception {
        OpenMomClient service = server.connect("LATE", "l");
        service.setCallHandler(call -> text("answered"));
        OpenMomClient producer = server.connect("P", "p");
        assertThat(producer.call(ServiceUser.of("LATE", "l"), "ping", text("?"), Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS))
                .isEqualTo(text("answered"));
        for (int i = 0; i < 3; i++) {
            producer.post(Post.to(ServiceUser.of("LATE", "l"), "n", Integer.toString(i))).get(10, TimeUnit.SECONDS);
        }
        BlockingQueue<String> got = new LinkedBlockingQueue<>();

        service.setMessageListener(message -> got.add(message.bodyText()));

        for (int i = 0; i < 3; i++) {
            assertThat(got.poll(10, TimeUnit.SECONDS)).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void closingTheClientsEndsTheSharedThreads() throws Exception {
        long before = openMomClientThreads();
        List<OpenMomClient> opened = new ArrayList<>();
        CountDownLatch handled = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            OpenMomClient client = OpenMomClient.connect(ClientOptions.of("MANY", "m" + i).withHome(server.home()), server.tcp());
            client.setMessageListener(message -> handled.countDown());
            opened.add(client);
        }
        opened.get(0).post(Post.to(ServiceUser.parse("MANY/*"), "hello", "all")).get(10, TimeUnit.SECONDS);
        assertThat(handled.await(10, TimeUnit.SECONDS)).as("every client's listener ran").isTrue();
        assertThat(openMomClientThreads() - before).as("threads of 200 clients").isLessThan(50);

        opened.forEach(OpenMomClient::close);

        Await.until("the threads of the 200 clients ended", () -> openMomClientThreads() <= before);
    }

    @Test
    void aClientClosedByItsOwnListenerStops() throws Exception {
        OpenMomClient quitter = server.connect("Q", "q");
        CountDownLatch closed = new CountDownLatch(1);
        quitter.setMessageListener(message -> {
            quitter.close();
            closed.countDown();
        });
        server.connect("P", "p").post(Post.to(ServiceUser.of("Q", "q"), "quit", "now")).get(10, TimeUnit.SECONDS);

        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        Await.until("Q/q unregistered", () -> server.broker().users(ServiceUser.of("Q", "q")).isEmpty());
    }

    @Test
    void aClientWithItsOwnThreadsIsHandledOnItsOwnDispatchThread() throws Exception {
        OpenMomClient own = server.connect(ClientOptions.of("OWN", "o").withOwnThreads(true));
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        own.setMessageListener(message -> threads.add(Thread.currentThread().getName()));

        server.connect("P", "p").post(Post.to(ServiceUser.of("OWN", "o"), "which", "thread")).get(10, TimeUnit.SECONDS);

        assertThat(threads.poll(10, TimeUnit.SECONDS)).startsWith("openmom-dispatch-OWN/o");
    }

    /** Threads of the client library: network event loops and dispatch threads. */
    private static long openMomClientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(name -> name.startsWith("openmom-client") || name.startsWith("openmom-dispatch")).count();
    }

    private static long networkThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(name -> name.startsWith("openmom-client")).count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
