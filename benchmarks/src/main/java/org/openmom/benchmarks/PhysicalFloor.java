package org.openmom.benchmarks;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.openmom.benchmarks.kit.Latencies;

/**
 * What this machine allows at best, measured at the start of a run, to say how far the brokers
 * are from it: a 1 KiB write followed by fdatasync in the folder where the brokers' data goes
 * (the floor of a persistent send awaited one by one, W3), and a 100-byte request/reply over
 * loopback TCP through a relay thread — client → relay → echo → relay → client, what a broker
 * between caller and callee does at the least (the floor of W4's CALL); and a **synced round
 * trip**, what W3's one persistent send at a time needs at the least: a 1 KiB request over
 * loopback TCP, written by the receiving thread into a preallocated file (as journals write) and
 * fdatasync'ed, then an 8-byte answer. Threads are not pinned to cores, as the brokers' are not.
 *
 * @param fsyncP50Micros  median of 1 KiB write + fdatasync
 * @param relayP50Micros  median request/reply through the relay
 * @param syncedP50Micros median synced round trip
 */
record PhysicalFloor(double fsyncP50Micros, double fsyncP99Micros, double relayP50Micros, double relayP99Micros,
                     double syncedP50Micros, double syncedP99Micros) {
    private static final int SYNCS = 1_000;
    private static final int RECORD = 1024;
    private static final int ANSWER = 8;
    private static final int ROUND_TRIPS = 20_000;
    private static final int WARMUP = 5_000;
    private static final int MESSAGE = 100;

    static PhysicalFloor measure(Path dataFolder) throws IOException, InterruptedException {
        Latencies fsync = fsyncNanos(dataFolder);
        Latencies relay = relayNanos();
        Latencies synced = syncedRoundTripNanos(dataFolder);
        return new PhysicalFloor(fsync.percentile(0.50) / 1e3, fsync.percentile(0.99) / 1e3,
                relay.percentile(0.50) / 1e3, relay.percentile(0.99) / 1e3, synced.percentile(0.50) / 1e3, synced.percentile(0.99) / 1e3);
    }

    /** How far our medians of this run are from the floor: W3's p50 against the fsync, W4's against the relay. */
    String distance(Results results) {
        StringBuilder out = new StringBuilder();
        double w3 = results.median(Workload.W3, Contender.OPENMOM, Metric.P50);
        double w4 = results.median(Workload.W4, Contender.OPENMOM, Metric.P50);
        if (!Double.isNaN(w3)) {
            out.append(String.format(Locale.ROOT, "W3 p50 %,.0f µs = %.1f× the write + fdatasync, %.1f× the synced round trip", w3,
                    w3 / fsyncP50Micros, w3 / syncedP50Micros));
        }
        if (!Double.isNaN(w4)) {
            out.append(out.length() == 0 ? "" : "; ")
                    .append(String.format(Locale.ROOT, "W4 p50 %,.0f µs = %.1f× the relayed round trip", w4, w4 / relayP50Micros));
        }
        return out.toString();
    }

    /** One line for the report's head and the generated section. */
    String describe() {
        return String.format(Locale.ROOT, "1 KiB write + fdatasync p50 %,.0f µs (p99 %,.0f µs); loopback request/reply through a"
                + " relay p50 %,.0f µs (p99 %,.0f µs); synced round trip (1 KiB over loopback, written into a preallocated file"
                + " and fdatasync'ed, answered) p50 %,.0f µs (p99 %,.0f µs); unpinned", fsyncP50Micros, fsyncP99Micros,
                relayP50Micros, relayP99Micros, syncedP50Micros, syncedP99Micros);
    }

    private static Latencies fsyncNanos(Path dataFolder) throws IOException {
        Path file = Files.createTempFile(dataFolder, "openmom-bench-floor-", ".tmp");
        Latencies nanos = new Latencies(SYNCS);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocateDirect(1024);
            for (int i = 0; i < SYNCS; i++) {
                block.clear();
                long start = System.nanoTime();
                channel.write(block);
                channel.force(false);
                nanos.record(System.nanoTime() - start);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return nanos;
    }

    private static Latencies relayNanos() throws IOException, InterruptedException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket echoDoor = new ServerSocket(0, 1, loopback); ServerSocket relayDoor = new ServerSocket(0, 1, loopback)) {
            Thread echo = daemon("floor-echo", () -> {
                try (Socket socket = echoDoor.accept()) {
                    pump(socket, socket);
                }
            });
            Thread relay = daemon("floor-relay", () -> {
                try (Socket client = relayDoor.accept(); Socket callee = connect(loopback, echoDoor.getLocalPort())) {
                    Thread back = daemon("floor-relay-back", () -> pump(callee, client));
                    pump(client, callee);
                    back.join();
                }
            });
            Latencies nanos;
            try (Socket caller = connect(loopback, relayDoor.getLocalPort())) {
                nanos = roundTrips(caller, MESSAGE, MESSAGE, WARMUP, ROUND_TRIPS);
            }
            relay.join(5_000);
            echo.join(5_000);
            return nanos;
        }
    }

    private static Latencies syncedRoundTripNanos(Path dataFolder) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dataFolder, "openmom-bench-floor-synced-", ".tmp");
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket door = new ServerSocket(0, 1, loopback);
             FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(SYNCS * RECORD), 0); // preallocated and on disk, as a journal's next space is
            channel.force(true);
            Thread store = daemon("floor-store", () -> {
                try (Socket socket = door.accept()) {
                    socket.setTcpNoDelay(true);
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    var out = socket.getOutputStream();
                    byte[] record = new byte[RECORD];
                    for (long at = 0; ; at = (at + RECORD) % ((long) SYNCS * RECORD)) {
                        in.readFully(record);
                        channel.write(ByteBuffer.wrap(record), at);
                        channel.force(false);
                        out.write(record, 0, ANSWER);
                        out.flush();
                    }
                }
            });
            Latencies nanos;
            try (Socket sender = connect(loopback, door.getLocalPort())) {
                nanos = roundTrips(sender, RECORD, ANSWER, SYNCS / 10, SYNCS);
            }
            store.join(5_000);
            return nanos;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Times {@code count} round trips of a {@code sent}-byte request and a {@code answered}-byte answer, after {@code warmup}. */
    private static Latencies roundTrips(Socket socket, int sent, int answered, int warmup, int count) throws IOException {
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] request = new byte[sent];
        byte[] answer = new byte[answered];
        Latencies nanos = new Latencies(count);
        for (int i = -warmup; i < count; i++) {
            long start = System.nanoTime();
            out.write(request);
            out.flush();
            in.readFully(answer);
            if (i >= 0) {
                nanos.record(System.nanoTime() - start);
            }
        }
        return nanos;
    }

    private interface Job {
        void run() throws Exception;
    }

    private static Thread daemon(String name, Job job) {
        Thread thread = new Thread(() -> {
            try {
                job.run();
            } catch (Exception endOfStream) {
                // the caller closed: the probe is over
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Socket connect(InetAddress host, int port) throws IOException {
        Socket socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** Copies fixed-size messages from one socket to another until the first ends. */
    private static void pump(Socket from, Socket to) throws IOException {
        from.setTcpNoDelay(true);
        DataInputStream in = new DataInputStream(from.getInputStream());
        var out = to.getOutputStream();
        byte[] message = new byte[MESSAGE];
        while (true) {
            in.readFully(message);
            out.write(message);
            out.flush();
        }
    }
}
