package org.openmom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads {@code --admin-secret-file} the same way for the server and the administration commands. */
final class AdminSecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(AdminSecretFile.class);

    private AdminSecretFile() {}

    /**
     * The secret on the file's first line; a file other users may read is used, with a warning:
     * whoever reads it can administer the server.
     *
     * @throws UserInputException naming the file and the fix
     */
    static String read(Path file) {
        String secret;
        try {
            secret = AdminOptions.of("-").withSecretFile(file).secret();
        } catch (AdminException e) {
            throw new UserInputException("--admin-secret-file " + e.getMessage());
        }
        if (readableByOthers(file)) {
            LOG.warn("--admin-secret-file {}: other users of this machine may read the admin secret and administer the server"
                    + " — make it readable by its owner only: chmod 600 {}", file, file);
        }
        return secret;
    }

    private static boolean readableByOthers(Path file) {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            return mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.GROUP_READ);
        } catch (IOException e) {
            return false; // it was just read: a mode that cannot be read leaves nothing to say
        }
    }
}
