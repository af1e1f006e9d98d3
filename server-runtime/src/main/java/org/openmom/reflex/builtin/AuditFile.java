package org.openmom.reflex.builtin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An append-only text file rotated by size: when a line would take it past {@code maxBytes},
 * {@code f} becomes {@code f.1}, {@code f.1} becomes {@code f.2}, … up to {@code keep} old files.
 *
 * <p>The AuditLog lines of one configuration (registration, de-registration and message filters)
 * all write the same file, so files are shared, counted, and closed by the last user: two
 * writers rotating one file on their own would lose lines.
 */
final class AuditFile {
    private static final Map<Path, AuditFile> OPEN = new HashMap<>();

    private final Path path;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;
    private int users;

    private AuditFile(Path path, long maxBytes, int keep) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    static AuditFile open(Path path, long maxBytes, int keep) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        synchronized (OPEN) {
            AuditFile file = OPEN.get(key);
            if (file == null) {
                file = new AuditFile(key, maxBytes, keep);
                file.openStream();
                OPEN.put(key, file);
            }
            file.users++;
            return file;
        }
    }

    private void openStream() throws IOException {
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(path);
    }

    synchronized void writeLine(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        out.write(bytes);
        out.flush();
        size += bytes.length;
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        openStream();
    }

    private Path numbered(int n) {
        return path.resolveSibling(path.getFileName() + "." + n);
    }

    void release() throws IOException {
        synchronized (OPEN) {
            if (--users == 0) {
                OPEN.remove(path);
                synchronized (this) {
                    out.close();
                }
            }
        }
    }
}
