package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only window sliding over a file: small reads at increasing positions are served from one
 * direct buffer refilled with large positional reads, so scanning costs one system call per
 * window, not two per record. Memory stays fixed whatever the record sizes.
 */
final class FileWindow {

    static final int DEFAULT_CAPACITY = 1 << 20;

    private final FileChannel channel;
    private final long fileSize;
    private final ByteBuffer buffer;
    private long bufferStart;
    private int bufferedBytes;

    FileWindow(FileChannel channel, long fileSize, int capacity) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.buffer = ByteBuffer.allocateDirect(capacity);
        this.buffer.limit(0);
    }

    long fileSize() {
        return fileSize;
    }

    int capacity() {
        return buffer.capacity();
    }

    /**
     * The {@code length} bytes at {@code position} (at most {@link #capacity()}), as the window's
     * own buffer with position and limit around them: valid until the next call. {@code null} if
     * the file ends before.
     */
    ByteBuffer bytes(long position, int length) throws IOException {
        if (length > buffer.capacity()) {
            throw new IllegalArgumentException("read of " + length + " bytes exceeds the window");
        }
        if (position < 0 || position + length > fileSize) {
            return null;
        }
        long end = position + length;
        if (position < bufferStart || end > bufferStart + bufferedBytes) {
            fill(position);
        }
        int from = (int) (position - bufferStart);
        buffer.limit(from + length).position(from);
        return buffer;
    }

    private void fill(long position) throws IOException {
        buffer.clear();
        int wanted = (int) Math.min(buffer.capacity(), fileSize - position);
        buffer.limit(wanted);
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        bufferStart = position;
        bufferedBytes = buffer.position();
        if (bufferedBytes < wanted) {
            throw new IOException("file shrank while being read at offset " + at);
        }
    }
}
