package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.reflex.AcmeReflexes;

/** {@code openmom reflex try}: a reflex of a file run on a sample without a server, with a jar compiled here. */
class ReflexTryCommandTest {
    @TempDir
    Path folder;
    private Path config;

    @BeforeEach
    void jarAndConfiguration() throws Exception {
        AcmeReflexes.build(folder.resolve("lib/acme.jar"));
        config = Files.writeString(folder.resolve("server.conf"), "# filters\nMessageFilter CHAT lib/acme.jar * com.acme.NoSpam\n"
                + "MessageFilter CHAT lib/acme.jar say com.acme.Upper\nLocalService Clock lib/acme.jar time com.acme.Broken\n");
    }

    private CommandLineRun tryLine(int line, String... sample) {
        String[] all = new String[sample.length + 4];
        System.arraycopy(new String[] {"reflex", "try", config.toString(), Integer.toString(line)}, 0, all, 0, 4);
        System.arraycopy(sample, 0, all, 4, sample.length);
        return CommandLineRun.of(all);
    }

    @Test
    void aFilterThatRejectsSaysSo() {
        CommandLineRun run = tryLine(2, "--service", "CHAT", "--user", "bob", "--event", "say", "--body", "buy spam");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).startsWith("MessageFilter CHAT lib/acme.jar * com.acme.NoSpam", "rejected: the message is not posted");
    }

    @Test
    void aFilterThatChangesTheMessageShowsItChanged() {
        CommandLineRun run = tryLine(3, "--service", "CHAT", "--user", "bob", "--event", "say", "--body", "hello");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).contains("accepted", "message: to CHAT/bob, event say, body 'HELLO'");
        assertThat(run.outLines()[run.outLines().length - 1]).matches("time: \\d+ ms");
    }

    @Test
    void aLocalServiceThatThrowsFailsWithTheException() {
        CommandLineRun run = tryLine(4, "--service", "Clock", "--event", "time");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).contains("failed: ").contains("threw java.lang.IllegalStateException: no clock");
    }

    @Test
    void aLineWithoutAReflexOrASampleItDoesNotConcernIsSaid() {
        CommandLineRun comment = tryLine(1, "--service", "CHAT");
        assertThat(comment.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(comment.err()).contains(config + ":1: no reflex is declared on this line");

        CommandLineRun other = tryLine(3, "--service", "CHAT", "--event", "shout", "--body", "x");
        assertThat(other.outLines()).contains("not concerned: the reflex is declared for Service Name 'CHAT' and Key 'say':"
                + " it does not run for service CHAT and event shout — change the sample");
    }
}
