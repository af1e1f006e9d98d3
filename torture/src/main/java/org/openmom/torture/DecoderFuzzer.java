package org.openmom.torture;

import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.openmom.wire.HeaderJson;

import org.openmom.wire.WireException;

/**
 * Fuzzes the wire decoding in process: the server's own framing and codec layers
 * ({@link InProcessDecoder}), input fed in random pieces as TCP would cut it, and the header codec ({@link HeaderJson#read}) on random JSON. The only
 * exceptions allowed are the documented protocol errors — too long a frame, a corrupt length, a
 * {@link WireException} — and the decoder may hold no more memory than the input it was given.
 */
final class DecoderFuzzer {
    private static final int MAX_FRAME = InProcessDecoder.MAX_FRAME;
    /** What buffering the input may cost beyond its own size (a cumulation buffer rounds up). */
    private static final long MEMORY_SLACK = 64 * 1024;

    /** An input that broke a rule, with its bytes to replay it. */
    record Finding(String what, byte[] input) {
        @Override
        public String toString() {
            return what + " on input " + HexFormat.of().formatHex(input, 0, Math.min(input.length, 200))
                    + (input.length > 200 ? "… (" + input.length + " bytes)" : "");
        }
    }

    private final FrameMutator mutator;
    private final Random random;
    private final List<Finding> findings = new ArrayList<>();
    private long inputs;
    private long frames;
    private long protocolErrors;
    private long peakMemory;

    DecoderFuzzer(FrameMutator mutator, Random random) {
        this.mutator = mutator;
        this.random = random;
    }

    void runFor(Duration budget) {
        checkHugeLengthsRejectedBeforeAllocation();
        long deadline = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (random.nextInt(4) == 0) {
                decodeHeader(mutator.randomHeaderJson().getBytes(StandardCharsets.UTF_8));
            } else {
                decodeStream(mutator.next());
            }
        }
    }

    /** A frame length beyond the maximum fails as soon as it is read; one within it reserves nothing yet. */
    private void checkHugeLengthsRejectedBeforeAllocation() {
        for (int length : new int[] {Integer.MAX_VALUE, MAX_FRAME + 1, -1}) {
            byte[] input = ByteBuffer.allocate(8).putInt(length).putInt(2).array();
            Throwable error = InProcessDecoder.decode(input, frame -> { }).error();
            if (!(error instanceof TooLongFrameException || error instanceof CorruptedFrameException)) {
                findings.add(new Finding("frame length " + length + " not rejected at once (got " + error + ")", input));
            }
        }
        byte[] start = ByteBuffer.allocate(8).putInt(MAX_FRAME).putInt(2).array();
        InProcessDecoder.Decoded fed = InProcessDecoder.decode(start, frame -> { });
        if (fed.error() != null || fed.peakMemory() > MEMORY_SLACK) {
            findings.add(new Finding("the start of a maximal frame cost " + fed.peakMemory() + " bytes (or failed: " + fed.error() + ")", start));
        }
    }

    private void decodeHeader(byte[] json) {
        inputs++;
        try {
            HeaderJson.read(json, 0, json.length);
        } catch (WireException expected) {
            protocolErrors++;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            findings.add(new Finding("HeaderJson.read threw " + e, json));
        }
    }

    private void decodeStream(byte[] input) {
        inputs++;
        InProcessDecoder.Decoded fed = InProcessDecoder.decode(input, randomCuts(input.length), frame -> { });
        frames += fed.frames();
        peakMemory = Math.max(peakMemory, fed.peakMemory());
        if (fed.error() != null) {
            if (isProtocolError(fed.error())) {
                protocolErrors++;
            } else {
                findings.add(new Finding("decoder threw " + fed.error(), input));
            }
        }
        if (fed.peakMemory() > input.length + MEMORY_SLACK) {
            findings.add(new Finding("decoder held " + fed.peakMemory() + " bytes for " + input.length + " bytes of input", input));
        }
    }

    /** The documented errors: the server answers them with ERROR and closes that connection. */
    static boolean isProtocolError(Throwable error) {
        if (error instanceof TooLongFrameException || error instanceof CorruptedFrameException) {
            return true;
        }
        return error instanceof DecoderException && error.getCause() instanceof WireException;
    }

    private int[] randomCuts(int length) {
        int pieces = 1 + random.nextInt(4);
        int[] sizes = new int[pieces];
        int left = length;
        for (int i = 0; i < pieces - 1; i++) {
            sizes[i] = left == 0 ? 0 : random.nextInt(left + 1);
            left -= sizes[i];
        }
        sizes[pieces - 1] = left;
        return sizes;
    }

    List<Finding> findings() {
        return findings;
    }

    long inputs() {
        return inputs;
    }

    long frames() {
        return frames;
    }

    long protocolErrors() {
        return protocolErrors;
    }

    long peakMemory() {
        return peakMemory;
    }
}
