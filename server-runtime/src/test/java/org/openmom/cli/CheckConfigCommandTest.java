package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.reflex.ReflexJars;

class CheckConfigCommandTest {
    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("server.conf");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theExampleIsOkWithCountsPerKindOnceItsJarsAreThere() throws IOException {
        Path example = Files.copy(Path.of("../docs/examples/server.conf"), folder.resolve("server.conf"));
        String reflex = "package %s; import org.openmom.reflex.*; public class %s implements %s { public boolean %s { return true; } }";
        ReflexJars.build(folder.resolve("reflexes/acme-security.jar"), Map.of(
                "com.acme.security.PasswordCheck", reflex.formatted("com.acme.security", "PasswordCheck", "RegistrationFilter",
                        "accept(org.openmom.model.ServiceUser who, byte[] message)"),
                "com.acme.security.AuditTrail", "package com.acme.security; import org.openmom.reflex.*;"
                        + " public class AuditTrail implements DeregistrationFilter { public void deregistered(org.openmom.model.ServiceUser who) {} }"));
        ReflexJars.build(folder.resolve("reflexes/acme-codec.jar"), Map.of("com.acme.codec.Compressor",
                "package com.acme.codec; import org.openmom.reflex.*; public class Compressor { public static class Deliver implements DeliveryFilter {"
                        + " public boolean deliver(org.openmom.model.Message m, org.openmom.model.ServiceUser to) { return true; } } }"));

        CommandLineRun run = CommandLineRun.of("check", "config", example.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 9 reflexes (3 logging services, 1 local service, 1 registration filter,"
                + " 1 message filter, 1 de-registration filter, 1 message delivery filter, 1 dead letters reflex)"
                + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void whatTheServerWouldRefuseInAJarIsAnErrorAtItsLine() throws IOException {
        ReflexJars.build(folder.resolve("x.jar"), Map.of(
                "x.Quitter", "package x; import org.openmom.reflex.*; public class Quitter implements MessageFilter {"
                        + " public boolean filter(MessageDraft m) { System.exit(1); return true; } }"));
        ReflexJars.build(folder.resolve("y.jar"), Map.of(
                "y.Filter", "package y; import org.openmom.reflex.*; public class Filter implements MessageFilter {"
                        + " public boolean filter(MessageDraft m) { return true; } }"));
        Path file = file("""
                MessageFilter A missing.jar * a.Filter
                MessageFilter B x.jar * x.Quitter
                MessageFilter C y.jar * y.Nothing
                DeliveryFilter D y.jar * y.Filter
                MessageFilter E y.jar * y.Filter
                """);

        CommandLineRun run = CommandLineRun.of("check", "config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out().lines().toList()).hasSize(5).satisfiesExactly(
                line -> assertThat(line).startsWith(file + ":1:").contains("no readable jar"),
                line -> assertThat(line).startsWith(file + ":2:").contains("would stop the whole server: x.Quitter.filter calls System.exit"),
                line -> assertThat(line).startsWith(file + ":3:").contains("no class y.Nothing"),
                line -> assertThat(line).startsWith(file + ":4:").contains("is not a Message Delivery Filter"),
                line -> assertThat(line).isEqualTo("4 errors, 0 warnings"));
    }

    @Test
    void everyErrorIsPrintedThenTheCountAndExitCodeOne() throws IOException {
        Path file = file("""
                LoggingService Journal builtin * ~copy.journal
                Logger x
                LocalService Echo echo.dll Ping Echo
                """);

        CommandLineRun run = CommandLineRun.of("check", "config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines()[0]).startsWith(file + ":1:34: no master for key *: the last LoggingService for *"
                + " must not start with ~");
        assertThat(run.outLines()[1]).isEqualTo(file + ":2:1: unknown reflex kind 'Logger' — start the line with one of "
                + ReflexKind.allKeywords());
        assertThat(run.outLines()[2]).startsWith(file + ":3:19: the DLL Path 'echo.dll' is neither builtin nor a .jar file — ");
        assertThat(run.outLines()[3]).isEqualTo("3 errors, 0 warnings");
    }

    /** The server refuses a built-in that does not exist: so does the check (issue #18 item 12). */
    @Test
    void aBuiltinThatDoesNotExistIsAnError() throws IOException {
        Path file = file("MessageFilter Chat builtin * SizeLimit\nDeadLetters * builtin * DeadLetterMailbox\n");

        CommandLineRun run = CommandLineRun.of("check", "config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()[0]).isEqualTo(file + ":1:30: no built-in Message Filter is named 'SizeLimit' — the built-in ones are"
                + " AuditLog, Redirect; for your own class, give the jar that holds it as DLL Path");
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void warningsAloneLeaveTheFileUsable() throws IOException {
        Path file = file("LoggingService Journal log.jar * all.journal\n");

        CommandLineRun run = CommandLineRun.of("check", "config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines()[0]).startsWith(file + ":1:24: warning: a Logging Service is part of the server");
        assertThat(run.outLines()[1]).isEqualTo("ok: 1 reflex (1 logging service) (1 warning)");
    }

    /** A program that is not there, or that the server may not run, is found now, not when a message first waits for it. */
    @Test
    void anActivatedProgramMustBeThereAndExecutable() throws IOException {
        Path file = file("Activation ORDERS orders.sh WAIT 1\nActivation BILLING billing.sh NOWAIT 2\n");
        Files.writeString(folder.resolve("billing.sh"), "#!/bin/sh\n");

        CommandLineRun run = CommandLineRun.of("check", "config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()).startsWith(
                file + ":1:19: no program at " + folder.resolve("orders.sh") + " — give the path of the program (relative to this file),"
                        + " and make it executable (chmod +x)",
                file + ":2:20: the program " + folder.resolve("billing.sh") + " is not executable — give the path of the program"
                        + " (relative to this file), and make it executable (chmod +x)");

        Files.writeString(folder.resolve("orders.sh"), "#!/bin/sh\n");
        folder.resolve("orders.sh").toFile().setExecutable(true);
        folder.resolve("billing.sh").toFile().setExecutable(true);
        CommandLineRun fixed = CommandLineRun.of("check", "config", file.toString());
        assertThat(fixed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(fixed.out()).isEqualTo("ok: 0 reflexes, 2 activations" + System.lineSeparator());
    }

    @Test
    void anEmptyFileIsOk() throws IOException {
        CommandLineRun run = CommandLineRun.of("check", "config", file("# nothing yet\n").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 0 reflexes" + System.lineSeparator());
    }

    @Test
    void theSummaryCountsEachKindInTheGuidesOrder() {
        ServerConfiguration configuration = new ServerConfiguration(List.of(
                new ReflexDeclaration(ReflexKind.DEAD_LETTERS, "*", "builtin", "*", "A"),
                new ReflexDeclaration(ReflexKind.DEAD_LETTERS, "*", "builtin", "*", "B"),
                new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "builtin", "Ping", "Echo")));

        assertThat(CheckConfigCommand.summary(configuration)).isEqualTo("3 reflexes (1 local service, 2 dead letters reflexes)");
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        Path absent = folder.resolve("absent.conf");

        CommandLineRun run = CommandLineRun.of("check", "config", absent.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(absent + ":1:1: no such file — check the path, or create the file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("check", "config");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void hasHelp() {
        CommandLineRun run = CommandLineRun.of("check", "config", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: openmom check config").contains("FILE");
    }
}
