package org.openmom.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.DeliveryMode;
import org.openmom.server.Instance;
import org.openmom.server.MessageStore;
import org.openmom.server.Reflexes;
import org.openmom.server.Sink;

/**
 * Measures the broker on this machine (docs/performance.md). Server and clients share one JVM
 * and talk over loopback TCP. Run: {@code benchmarks/run [SCENARIO...]}; scenarios: throughput,
 * throughput4, persistent, call, heap (default: all).
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        List<String> scenarios = args.length == 0
                ? List.of("throughput", "throughput4", "persistent", "call", "heap") : Arrays.asList(args);
        System.out.printf("OpenMOM benchmarks — %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        for (String scenario : scenarios) {
            switch (scenario) {
                case "throughput": throughput(1, 2_000_000); break;
                case "throughput4": throughput(4, 500_000); break;
                case "persistent": persistent(200_000); break;
                case "call": calls(50_000); break;
                case "heap": heap(1_000_000); break;
                default: System.out.println("unknown scenario " + scenario);
            }
        }
        System.exit(0);
    }

    /** N producers each sending to its own consumer, 100-byte non-persistent messages, no confirmation. */
    static void throughput(int pairs, int perProducer) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.inMemory()) {
            for (int round = 0; round < 2; round++) { // the first round warms up the JIT
                int count = round == 0 ? Math.min(perProducer, 300_000) : perProducer;
                CountDownLatch done = new CountDownLatch(pairs);
                List<OpenMomClient> clients = new ArrayList<>();
                List<Thread> producers = new ArrayList<>();
                for (int p = 0; p < pairs; p++) {
                    OpenMomClient consumer = server.connect("CONSUMER", "c" + p + "r" + round);
                    AtomicLong received = new AtomicLong();
                    consumer.setMessageListener(m -> {
                        if (received.incrementAndGet() == count) {
                            done.countDown();
                        }
                    });
                    OpenMomClient producer = server.connect("PRODUCER", "p" + p + "r" + round);
                    clients.add(consumer);
                    clients.add(producer);
                    ServiceUser to = ServiceUser.of("CONSUMER", "c" + p + "r" + round);
                    byte[] body = new byte[100];
                    producers.add(new Thread(() -> {
                        for (int i = 0; i < count; i++) {
                            producer.send(new Post(to, "bench", 0, body));
                        }
                    }));
                }
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                producers.forEach(Thread::start);
                if (!done.await(120, TimeUnit.SECONDS)) {
                    System.out.println("throughput: timed out");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuPerMessage = (processCpuNanos() - cpuStart) / 1e3 / (pairs * (double) count);
                if (round == 1) {
                    System.out.printf("non-persistent %d→%d, 100 B: %,.0f msg/s (%,d messages in %.2f s), "
                                    + "%.2f µs CPU per message (all threads)%n",
                            pairs, pairs, pairs * (double) count / seconds, pairs * (long) count, seconds, cpuPerMessage);
                }
                clients.forEach(OpenMomClient::close);
            }
        }
    }

    /** 1 KiB persistent messages, every POST confirmed once durable, up to 2,000 unconfirmed in flight. */
    static void persistent(int count) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.withJournal()) {
            OpenMomClient consumer = server.connect("SINK", "s");
            AtomicLong received = new AtomicLong();
            CountDownLatch allReceived = new CountDownLatch(1);
            int total = count + 20_000;
            consumer.setMessageListener(m -> {
                if (received.incrementAndGet() == total) {
                    allReceived.countDown();
                }
            });
            OpenMomClient producer = server.connect("LOAD", "p");
            ServiceUser to = ServiceUser.of("SINK", "s");
            byte[] body = new byte[1024];
            postConfirmed(producer, to, body, 20_000); // warm-up
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            postConfirmed(producer, to, body, count);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("persistent 1 KiB, confirmed: %,.0f msg/s (%,d in %.2f s), %.2f µs CPU per message%n",
                    count / seconds, count, seconds, (processCpuNanos() - cpuStart) / 1e3 / count);
            allReceived.await(60, TimeUnit.SECONDS);
            consumer.close();
            producer.close();
        }
    }

    private static void postConfirmed(OpenMomClient producer, ServiceUser to, byte[] body, int count) throws InterruptedException {
        Semaphore window = new Semaphore(2_000);
        CountDownLatch confirmed = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            window.acquire();
            producer.post(new Post(to, "durable", Message.PERSISTENT, body)).whenComplete((r, e) -> {
                if (e != null) {
                    System.out.println("post failed: " + e);
                }
                window.release();
                confirmed.countDown();
            });
        }
        confirmed.await(120, TimeUnit.SECONDS);
    }

    /** CALL round trips, one at a time: to a service connected like the caller, and to a local service. */
    static void calls(int count) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.inMemory()) {
            OpenMomClient callee = server.connect("RESPONDER", "r");
            callee.setMessageListener(m -> { });
            callee.setCallHandler(call -> call.body());
            OpenMomClient caller = server.connect("CALLER", "c");
            report("CALL to a service", roundTrips(caller, ServiceUser.of("RESPONDER", "r"), count));
            report("CALL to a local service", roundTrips(caller, ServiceUser.of("ECHO", "*"), count));
            caller.close();
            callee.close();
        }
    }

    private static long[] roundTrips(OpenMomClient caller, ServiceUser to, int count) throws Exception {
        byte[] body = new byte[100];
        for (int i = 0; i < count / 2; i++) { // warm-up
            caller.call(to, "ping", body, Duration.ofSeconds(5)).get();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            CompletableFuture<byte[]> reply = caller.call(to, "ping", body, Duration.ofSeconds(5));
            reply.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%s, 100 B: p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs%n", what,
                sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[(int) (sorted.length * 0.999)] / 1e3);
    }

    /**
     * Heap held per queued message: the broker core with a consumer that takes nothing, N
     * messages of 100 B each with its own body (as from the network). Overhead = held − body arrays.
     */
    static void heap(int count) throws Exception {
        Broker broker = new Broker(new ServerIdentity("HEAP", 1), Reflexes.NONE, MessageStore.NONE);
        Sink stalled = new Sink() {
            @Override public void registered(Instance instance) { }
            @Override public void deliver(Message message) { }
            @Override public boolean isWritable() { return false; }
            @Override public void replied(long requestId, byte[] body) { }
            @Override public void callFailed(long requestId, String reason) { }
        };
        broker.register(ServiceUser.of("SLOW", "s"), new byte[0], DeliveryMode.CALLBACK, 1000, stalled);
        Instance sender = broker.register(ServiceUser.of("FAST", "f"), new byte[0], DeliveryMode.CALLBACK, 1000, stalled).instance();
        long before = usedHeap();
        for (int i = 0; i < count; i++) {
            // new strings per message, as the codec decodes them
            broker.post(sender, ServiceUser.of(new String("SLOW"), new String("s")), new String("event"), 0, new byte[100]);
        }
        long after = usedHeap();
        long bodyArray = 16 + 100;
        double perMessage = (after - before) / (double) count;
        System.out.printf("heap per queued 100 B message: %.0f B held, %.0f B overhead beyond the body array (%d B)%n",
                perMessage, perMessage - bodyArray, bodyArray);
        if (broker.counters().posted() != count) {
            System.out.println("unexpected post count");
        }
    }

    /** CPU time of the whole process: a figure that holds when other programs share the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
