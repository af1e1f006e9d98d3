package org.openmom.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Writes headers into frame buffers with one open Jackson generator per thread (JSON or CBOR),
 * over a stream pointed at the buffer of the moment: creating a generator per frame costs more
 * than writing a small header.
 */
final class BufferedHeaderWriter {
    private final ThreadLocal<JsonGenerator> generators;

    /** {@code generators} makes a thread's generator over a {@link BufferTarget}. */
    BufferedHeaderWriter(Supplier<JsonGenerator> generators) {
        this.generators = ThreadLocal.withInitial(generators);
    }

    void write(Header header, ByteBuf out) {
        JsonGenerator generator = generators.get();
        BufferTarget target = (BufferTarget) generator.getOutputTarget();
        target.buffer = out;
        try {
            HeaderJson.write(header, generator, false);
            generator.flush();
        } catch (IOException | RuntimeException e) {
            generators.remove(); // the generator may be left inside an object: start afresh
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        } finally {
            target.buffer = null;
        }
    }

    /** The stream under a thread's generator: appends to whichever buffer is being encoded. */
    static final class BufferTarget extends OutputStream {
        private ByteBuf buffer;

        @Override
        public void write(int b) {
            buffer.writeByte(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.writeBytes(bytes, offset, length);
        }
    }
}
