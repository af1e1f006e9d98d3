package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The few crash-safe file moves the journal needs: write aside, fsync, rename, fsync the folder. */
final class FileOps {

    private FileOps() {
    }

    /** The temporary file a rewrite of {@code target} is written to before it is renamed over it. */
    static Path temporaryFor(Path target, String purpose) {
        return target.resolveSibling(target.getFileName() + "." + purpose);
    }

    static FileChannel openReadWrite(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** A new (or emptied) file, readable by its owner only: journals hold every persistent message's body. */
    static FileChannel createFresh(Path path) throws IOException {
        return FileChannel.open(path, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING), ownerOnly(path));
    }

    /** Owner-only permissions for a file created at {@code path}, where the file system has POSIX permissions. */
    static FileAttribute<?>[] ownerOnly(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    /** Copies {@code length} bytes from {@code source} at {@code from} to {@code target} at {@code to}. */
    static void copy(FileChannel source, long from, long length, FileChannel target, long to) throws IOException {
        long done = 0;
        while (done < length) {
            target.position(to + done);
            long copied = source.transferTo(from + done, length - done, target);
            if (copied <= 0) {
                throw new IOException("journal file ended at offset " + (from + done) + " while copying it");
            }
            done += copied;
        }
    }

    /** Makes {@code target} a durable copy of the first {@code length} bytes of {@code source}. */
    static void copyAtomically(Path source, long length, Path target) throws IOException {
        Path temporary = temporaryFor(target, "repairing");
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = createFresh(temporary)) {
            copy(in, 0, length, out, 0);
            out.force(true);
        }
        replace(temporary, target);
    }

    /** Writes a journal holding only a header to {@code target}, atomically. */
    static void createEmptyJournal(Path target, long generation) throws IOException {
        Path temporary = temporaryFor(target, "creating");
        try (FileChannel out = createFresh(temporary)) {
            writeFully(out, JournalFormat.encodeHeader(generation), 0);
            out.force(true);
        }
        replace(temporary, target);
    }

    /** Renames {@code temporary} over {@code target} and makes the rename durable. */
    static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + temporary + " over " + target
                    + " atomically; keep journal files on a local file system", e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** A rename is only durable once its folder is synced (Linux; other systems may refuse). */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
                throw e;
            }
        }
    }

    static void deleteIfExists(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is deleted again at the next open
        }
    }
}
