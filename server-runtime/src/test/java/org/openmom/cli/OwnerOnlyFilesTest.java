package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.ServerProcess;

/**
 * What a server writes is its owner's only (issue #18 item 6): the log, the journal and their
 * folders, whatever the umask; and an admin secret other users may read is said at start.
 */
@Timeout(120)
class OwnerOnlyFilesTest {
    private static final String SECRET_WARNING = "other users of this machine may read the admin secret";

    @TempDir
    Path home;

    private String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theLogTheJournalAndTheirFoldersAreForTheOwnerOnly() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, "-s", "OWN", "-p", "ncacn_ip_tcp", "-e", "0", "--listen", "127.0.0.1")) {
            assertThat(mode(home.resolve("logs"))).isEqualTo("rwx------");
            assertThat(mode(home.resolve("logs/OWN-1.log"))).isEqualTo("rw-------");
            assertThat(mode(home.resolve("data"))).isEqualTo("rwx------");
            assertThat(mode(home.resolve("data/OWN-1.journal"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anAdminSecretFileOthersMayReadIsSaidAtStart_oneForTheOwnerOnlyIsNot() throws Exception {
        Path open = Files.writeString(home.resolve("open.secret"), "s3cret\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        try (ServerProcess server = ServerProcess.start(home, "-s", "LEAKY", "-p", "ncacn_ip_tcp", "-e", "0", "--listen", "127.0.0.1",
                "--admin-secret-file", open.toString())) {
            assertThat(Files.readString(home.resolve("child-stderr.txt")).lines().filter(line -> line.contains(SECRET_WARNING)))
                    .singleElement().asString().contains(open.toString(), "chmod 600");
        }
        Path closed = Files.writeString(home.resolve("closed.secret"), "s3cret\n");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rw-------"));
        try (ServerProcess server = ServerProcess.start(home, "-s", "TIGHT", "-p", "ncacn_ip_tcp", "-e", "0", "--listen", "127.0.0.1",
                "--admin-secret-file", closed.toString())) {
            assertThat(Files.readString(home.resolve("child-stderr.txt"))).doesNotContain(SECRET_WARNING);
        }
    }
}
