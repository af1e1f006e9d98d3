package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.get;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ReflexInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.TestServer;

/** {@code openmom reload} against a real server: what changed, or the problems and exit code 1. */
@Timeout(60)
class ReloadCommandTest {
    private static final String JOURNAL = "LoggingService Journal builtin * data/all.journal\n";

    @TempDir
    Path home;

    private CommandLineRun reload(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "reload";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--server", "local:R.1", "--home", home.toString(), "--user", "cli"}, 0, all, args.length + 1, 6);
        return CommandLineRun.of(all);
    }

    @Test
    void printsTheReflexesAddedRemovedAndChanged() throws Exception {
        try (TestServer server = TestServer.named("R").home(home).configText(JOURNAL + "MessageFilter CHAT builtin * AuditLog\n"
                + "DeadLetters * builtin * DeadLetterMailbox\n").start()) {
            Files.writeString(home.resolve("server.redirects"), "# no rule yet\n");
            Path next = home.resolve("next.conf");
            Files.writeString(next, JOURNAL + "MessageFilter CHAT builtin * Redirect\nLocalService PING builtin health Echo\n");

            CommandLineRun run = reload("--file", next.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.outLines()).containsExactly(
                    "server R/1 reloaded its configuration: 1 added, 1 removed, 1 changed, 3 reflexes now",
                    "added\tLocalService PING builtin health Echo",
                    "removed\tDeadLetters * builtin * DeadLetterMailbox",
                    "changed\tMessageFilter CHAT builtin * AuditLog → MessageFilter CHAT builtin * Redirect");
            try (AdminSession session = server.admin()) {
                assertThat(get(session.snapshot()).reflexes()).extracting(ReflexInfo::declaration)
                        .containsExactly("LoggingService Journal * data/all.journal", "MessageFilter CHAT * Redirect",
                                "LocalService PING health Echo");
            }
        }
    }

    @Test
    void aFileWithErrorsIsRefusedHereWithItsLinesAndTheServerKeepsItsReflexes() throws Exception {
        try (TestServer server = TestServer.named("R").home(home).configText(JOURNAL).start()) {
            Path next = home.resolve("next.conf");
            Files.writeString(next, JOURNAL + "MessageFilter CHAT builtin * Nope\n");

            CommandLineRun run = reload("--file", next.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err()).contains(next + ":2:30: no built-in Message Filter is named 'Nope'");
            try (AdminSession session = server.admin()) {
                assertThat(get(session.snapshot()).reflexes()).hasSize(1);
            }
        }
    }
}
