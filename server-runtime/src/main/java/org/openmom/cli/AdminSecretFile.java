package org.openmom.cli;

import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import java.nio.file.Path;

/** Reads {@code --admin-secret-file} the same way for the server and the administration commands. */
final class AdminSecretFile {
    private AdminSecretFile() {}

    /** The secret on the file's first line. @throws UserInputException naming the file and the fix */
    static String read(Path file) {
        try {
            return AdminOptions.of("-").withSecretFile(file).secret();
        } catch (AdminException e) {
            throw new UserInputException("--admin-secret-file " + e.getMessage());
        }
    }
}
