package org.openmom.fileformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Reading the text files strictly (UTF-8 or a clear problem) and saving them atomically. */
public final class TextFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * Far more than any Servers List, configuration or routes file: a bigger "file" is the wrong
     * one (a log, a device such as /dev/zero), and reading it whole would exhaust the heap.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** A new file is readable by everyone, as an editor saves it: services of other users read the Servers List. */
    private static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    /** A new file of secrets (password hashes) is for its owner only. */
    private static final Set<PosixFilePermission> NEW_PRIVATE_FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private TextFiles() {}

    /** The file's text, or a one-line problem saying why it cannot be read. */
    public static String read(Path file) throws FileProblemException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file", "check the path, or create the file");
        } catch (AccessDeniedException e) {
            throw problem(file, "permission denied", "make the file readable for this user");
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")", "check the path and the disk");
        }
        if (bytes.length > MAX_BYTES) {
            throw problem(file, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, far more than such a file holds",
                    "check that this is the right file");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw problem(file, "is not UTF-8 text", "save the file with the UTF-8 encoding");
        }
    }

    /**
     * Replaces {@code file} with {@code text} so that a crash leaves either the old or the new
     * file, never half of one: write a temporary file beside it, force it to disk, rename it.
     * The file keeps its permissions (a new one gets {@code rw-r--r--}), not the owner-only
     * mode of the temporary file.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        write(file, text, NEW_FILE_MODE);
    }

    /** As {@link #writeAtomically}, for a file of secrets: a new one is readable by its owner only. */
    public static void writePrivateAtomically(Path file, String text) throws IOException {
        write(file, text, NEW_PRIVATE_FILE_MODE);
    }

    private static void write(Path file, String text, Set<PosixFilePermission> newFileMode) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            keepPermissions(target, temporary, newFileMode);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void keepPermissions(Path target, Path temporary, Set<PosixFilePermission> newFileMode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: the temporary file has the folder's defaults
        }
        Set<PosixFilePermission> mode = Files.exists(target) ? Files.getPosixFilePermissions(target) : newFileMode;
        view.setPermissions(mode);
    }

    private static FileProblemException problem(Path file, String message, String fix) {
        return new FileProblemException(Problem.error(file.toString(), 1, 1, message, fix));
    }
}
