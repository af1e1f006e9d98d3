package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** Backlogs of persistent 1 KiB seeds for SINK/s, posted to a broker and drained from it, for the tests of paging. */
final class Backlogs {
    static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    static final int BODY_BYTES = 1024;

    private Backlogs() {}

    /** Records deliveries made from any thread (the hand-off runs on its own). */
    static final class ThreadSafeSink extends RecordingSink {
        final List<Message> received = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void deliver(Message message) {
            received.add(message);
        }
    }

    /** Body number {@code n}: 1 KiB, labelled, different from its neighbours. */
    static byte[] body(int n) {
        byte[] body = new byte[BODY_BYTES];
        Arrays.fill(body, (byte) ('a' + n % 26));
        byte[] label = ("seed " + n + " ").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(label, 0, body, 0, label.length);
        return body;
    }

    static Instance register(Broker broker, ServiceUser who, Sink sink) {
        Registration registration = broker.register(who, new byte[0], DeliveryMode.CALLBACK, Integer.MAX_VALUE, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    /** Posts {@code count} persistent seeds for SINK/s, none refused; returns their bodies in order. */
    static List<byte[]> post(Broker broker, int count) {
        Instance producer = register(broker, ServiceUser.of("PROD", "p"), new RecordingSink());
        List<byte[]> bodies = new ArrayList<>();
        List<CompletableFuture<PostOutcome>> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(body(i));
            posted.add(broker.post(producer, SINK, "e", Message.PERSISTENT, bodies.get(i)));
        }
        for (int i = 0; i < count; i++) {
            assertThat(posted.get(i).join().refusal()).as("post %d", i).isNull();
        }
        return bodies;
    }

    static List<Path> pageFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".page")).toList();
        }
    }

    static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /**
     * SINK/s registers and receives the backlog, acknowledging as it comes (the hand-off goes at
     * that pace); {@code meanwhile} runs once a third has arrived. Returns what arrived, in order.
     */
    static List<Message> drain(Broker broker, int expected, Runnable meanwhile) throws InterruptedException {
        ThreadSafeSink sink = new ThreadSafeSink();
        Instance consumer = register(broker, SINK, sink);
        int[] acknowledged = {0};
        boolean[] ran = {false};
        awaitUntil("the whole backlog delivered", () -> {
            List<Message> received;
            synchronized (sink.received) {
                received = List.copyOf(sink.received.subList(acknowledged[0], sink.received.size()));
            }
            broker.acknowledge(consumer, received.stream().mapToLong(Message::id).toArray());
            acknowledged[0] += received.size();
            if (!ran[0] && acknowledged[0] >= expected / 3) {
                ran[0] = true;
                meanwhile.run();
            }
            return acknowledged[0] == expected;
        });
        return sink.received;
    }

    /** Drains the backlog and checks that every body arrived whole, in order. */
    static void drainWhole(Broker broker, List<byte[]> expected, Runnable meanwhile) throws InterruptedException {
        List<Message> received = drain(broker, expected.size(), meanwhile);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(received.get(i).body()).as("body %d", i).isEqualTo(expected.get(i));
        }
    }
}
