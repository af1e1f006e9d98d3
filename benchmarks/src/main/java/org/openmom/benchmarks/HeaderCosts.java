package org.openmom.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openmom.model.Message;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;

/**
 * {@code ./openmom bench --header-costs}: what writing and reading one frame header costs in each
 * encoding (JSON, CBOR), with the server's own writer and readers, in this JVM: CPU time of this
 * thread per operation, after warm-up rounds, for three headers of the hot path. A table for
 * docs/performance.md's "Frame header encoding".
 */
final class HeaderCosts {
    private static final int OPERATIONS = 2_000_000;
    private static final int WARMUP_ROUNDS = 3;

    private HeaderCosts() {}

    /** The headers measured, named for the table. */
    private record Sample(String name, Header header) {}

    private static List<Sample> samples() {
        return List.of(
                new Sample("POST (W1's, no `req`)", Header.of(FrameType.POST).toService("CONSUMER").toUser("c0").event("bench")),
                new Sample("DELIVER (persistent)", Header.of(FrameType.DELIVER).id(123_456_789L).fromService("PRODUCER").fromUser("p0")
                        .toService("CONSUMER").toUser("c0").event("bench").flags(Message.PERSISTENT)),
                new Sample("ACK of 8 ids", Header.of(FrameType.ACK).ids(new long[] {1_000_001, 1_000_002, 1_000_003, 1_000_004,
                        1_000_005, 1_000_006, 1_000_007, 1_000_008})));
    }

    /** The Markdown table: per header, its bytes and nanoseconds to write and to read in each encoding. */
    static String measure() {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(4096);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> rows = new ArrayList<>();
        try {
            for (int round = 0; round <= WARMUP_ROUNDS; round++) {
                rows.clear();
                for (Sample sample : samples()) {
                    StringBuilder bytes = new StringBuilder();
                    StringBuilder writes = new StringBuilder();
                    StringBuilder reads = new StringBuilder();
                    for (HeaderEncoding encoding : HeaderEncoding.values()) {
                        long start = threads.getCurrentThreadCpuTime();
                        for (int i = 0; i < OPERATIONS; i++) {
                            buffer.clear();
                            encoding.write(sample.header(), buffer);
                        }
                        long written = threads.getCurrentThreadCpuTime();
                        int length = buffer.writerIndex();
                        long types = 0;
                        for (int i = 0; i < OPERATIONS; i++) {
                            types += HeaderEncoding.read(buffer, 0, length).type().ordinal();
                        }
                        long read = threads.getCurrentThreadCpuTime();
                        if (types < 0) {
                            throw new IllegalStateException("unreachable: keeps the reads from being optimised away");
                        }
                        bytes.append(" | ").append(length);
                        writes.append(String.format(Locale.ROOT, " | %.0f ns", (written - start) / (double) OPERATIONS));
                        reads.append(String.format(Locale.ROOT, " | %.0f ns", (read - written) / (double) OPERATIONS));
                    }
                    rows.add("| " + sample.name() + bytes + writes + reads + " |");
                }
            }
        } finally {
            buffer.release();
        }
        return "| header | JSON bytes | CBOR bytes | JSON write | CBOR write | JSON read | CBOR read |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
    }
}
