package org.openmom.torture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Changes a journal file on disk the way a crash or a failing disk would. */
final class JournalSurgery {
    private JournalSurgery() {
    }

    /** Keeps bytes {@code [0, length)} then appends {@code garbage} (a half-written sector). */
    static void cutAt(Path file, long length, byte[] garbage) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
            channel.write(ByteBuffer.wrap(garbage), length);
            channel.force(true);
        }
    }

    /** Inverts one bit. */
    static void flipBit(Path file, long offset, int bit) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ (1 << bit)));
            one.rewind();
            channel.write(one, offset);
            channel.force(true);
        }
    }

    /** Removes bytes {@code [from, to)}: everything after them moves up (a lost block). */
    static void cutOut(Path file, long from, long to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] shorter = new byte[bytes.length - (int) (to - from)];
        System.arraycopy(bytes, 0, shorter, 0, (int) from);
        System.arraycopy(bytes, (int) to, shorter, (int) from, bytes.length - (int) to);
        Files.write(file, shorter);
    }
}
