package org.openmom.torture;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * Fuzzes a real server over TCP: each input goes on a new connection, sent from one of four
 * starting points — nothing yet, after HELLO, registered as a service, registered as an
 * administration service (with the admin secret) — so that broken frames reach every handler.
 * The server may answer ERROR and close, or wait for more bytes; it must never fall over (that is
 * judged from outside: the probe client, the server's log and its process).
 */
final class ServerFuzzer {
    /**
     * Administration requests the fuzzer does not send as an administration service: they could
     * legitimately disable the server or delete the probe's messages, failing the probe for no bug.
     */
    private static final Set<FrameType> LEGITIMATELY_DISRUPTIVE = EnumSet.of(FrameType.ADMIN_STATUS, FrameType.ADMIN_DELETE);

    private enum Start { NOTHING, HELLO, SERVICE, ADMINISTRATION }

    private static final long READ_LIMIT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private final ServerChild server;
    private final FrameMutator mutator;
    private final Random random;
    private final String adminSecret;
    private long connections;
    private long errorsAnswered;
    private long closedByServer;
    private long resets;

    ServerFuzzer(ServerChild server, FrameMutator mutator, Random random, String adminSecret) {
        this.server = server;
        this.mutator = mutator;
        this.random = random;
        this.adminSecret = adminSecret;
    }

    void runFor(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Start start = Start.values()[random.nextInt(Start.values().length)];
            byte[] input = mutator.next();
            if (start == Start.ADMINISTRATION && holdsDisruptiveRequest(input)) {
                continue;
            }
            send(start, input);
        }
    }

    /**
     * A frame announcing 2 GiB gets ERROR and a close without the server waiting for (or reserving)
     * the bytes. Returns null when so, else what the server did.
     */
    static String hugeLengthProblem(ServerChild server) throws IOException {
        try (RawConnection connection = new RawConnection(server.tcpPort(), 30_000)) {
            connection.send(Header.of(FrameType.HELLO).version(1).client("torture-fuzz"));
            connection.read();
            connection.write(ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).putInt(2).array());
            Header answer = connection.read();
            while (answer != null && answer.type() != FrameType.ERROR) {
                answer = connection.read();
            }
            if (answer == null) {
                return "the server closed without ERROR after a 2 GiB frame length";
            }
            return connection.read() == null ? null : "the server kept the connection open after a 2 GiB frame length";
        } catch (SocketTimeoutException e) {
            return "no answer within 30 s to a 2 GiB frame length: the server waits for the bytes";
        }
    }

    private void send(Start start, byte[] input) {
        connections++;
        try (RawConnection connection = new RawConnection(server.tcpPort(), 200)) {
            switch (start) {
                case HELLO -> {
                    connection.send(Header.of(FrameType.HELLO).version(1).client("torture-fuzz"));
                    connection.read();
                }
                case SERVICE -> connection.register("FUZZ", "u" + random.nextInt(4), 1 + random.nextInt(10));
                case ADMINISTRATION -> {
                    connection.send(Header.of(FrameType.HELLO).version(1).client("torture-fuzz"));
                    connection.read();
                    connection.send(Header.of(FrameType.REGISTER).req(1).service("ADMIN").user("fuzz").admin(true).secret(adminSecret));
                    connection.read();
                }
                default -> { }
            }
            int offset = 0;
            while (offset < input.length) {
                int piece = 1 + random.nextInt(input.length - offset);
                connection.write(java.util.Arrays.copyOfRange(input, offset, offset + piece));
                offset += piece;
            }
            readAnswers(connection);
        } catch (IOException e) {
            resets++; // the server closed first and the socket noticed while writing
        }
    }

    /**
     * Reads what the server answers until it closes, goes quiet, or {@link #READ_LIMIT_NANOS} pass:
     * a fuzzed request may have started a stream (a watch's events, deliveries) that never goes quiet.
     */
    private void readAnswers(RawConnection connection) throws IOException {
        long deadline = System.nanoTime() + READ_LIMIT_NANOS;
        try {
            Header answer;
            while ((answer = connection.read()) != null) {
                if (answer.type() == FrameType.ERROR) {
                    errorsAnswered++;
                }
                if (System.nanoTime() - deadline > 0) {
                    return;
                }
            }
            closedByServer++;
        } catch (SocketTimeoutException stillOpen) {
            // the server waits for the rest of a frame, or for more requests: allowed
        }
    }

    /** Whether {@code input} decodes (as far as it goes) to a request the fuzzer must not send as an administrator. */
    private static boolean holdsDisruptiveRequest(byte[] input) {
        boolean[] disruptive = new boolean[1];
        InProcessDecoder.decode(input, frame -> disruptive[0] |= LEGITIMATELY_DISRUPTIVE.contains(frame.type()));
        return disruptive[0];
    }

    long connections() {
        return connections;
    }

    long errorsAnswered() {
        return errorsAnswered;
    }

    long closedByServer() {
        return closedByServer;
    }

    long resets() {
        return resets;
    }
}
