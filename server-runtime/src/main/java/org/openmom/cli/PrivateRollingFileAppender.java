package org.openmom.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A rolling log file readable by its owner only (issue #18 item 6): the server's log names
 * services, users and peers' addresses. The file is made {@code rw-------} before logback opens
 * it, at start and after every roll (the rolled files keep that mode as they are renamed).
 */
final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String fileName) throws IOException {
        ownerOnly(Path.of(fileName));
        super.openFile(fileName);
    }

    /** Creates {@code file} readable by its owner only, or makes it so. */
    static void ownerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) == null) {
            return; // not a POSIX file system: the folder's defaults
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException existing) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
