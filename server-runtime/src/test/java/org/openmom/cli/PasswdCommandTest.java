package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.builtin.PasswordFile;

/** {@code openmom passwd}: entries written, replaced, and one-line errors. */
class PasswdCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesASaltedHashAndReplacesTheEntryOfTheSameServiceAndUser() throws Exception {
        Path file = dir.resolve("Gate.passwd");
        CommandLineRun first = CommandLineRun.of("passwd", file.toString(), "CHAT", "alice", "--password", "one");
        CommandLineRun second = CommandLineRun.of("passwd", file.toString(), "CHAT", "alice", "--password", "two");
        CommandLineRun other = CommandLineRun.of("passwd", file.toString(), "Order Book", "bob", "--password", "three");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("password set for CHAT/alice in " + file + System.lineSeparator());
        assertThat(second.exitCode()).isZero();
        assertThat(other.exitCode()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(3).anyMatch(line -> line.startsWith("Order+Book bob pbkdf2-sha256:20000:"));
        PasswordFile passwords = PasswordFile.read(file);
        assertThat(passwords.check(ServiceUser.of("CHAT", "alice"), "two")).isTrue();
        assertThat(passwords.check(ServiceUser.of("CHAT", "alice"), "one")).isFalse();
        assertThat(passwords.check(ServiceUser.of("Order Book", "bob"), "three")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("password hashes are for the owner only")
                .isEqualTo("rw-------");
    }

    @Test
    void refusesWildcardsAndEmptyPasswords() {
        Path file = dir.resolve("Gate.passwd");
        CommandLineRun wildcard = CommandLineRun.of("passwd", file.toString(), "CHAT", "*", "--password", "x");
        CommandLineRun empty = CommandLineRun.of("passwd", file.toString(), "CHAT", "alice", "--password", "");

        assertThat(wildcard.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wildcard.err().strip()).isEqualTo("passwd CHAT *: a password is for one plain service and user name — no * and no +");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(empty.err().strip()).isEqualTo("passwd: no password given — type it, pipe it on the standard input, or use --password");
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedFileIsReportedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("Gate.passwd"), "# ok\nCHAT alice plain-text\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PasswordFile.read(file))
                .hasMessage(file + ":2: not a password entry 'SERVICE USER pbkdf2-sha256:…' — write it with: openmom passwd "
                        + file + " SERVICE USER");
    }
}
