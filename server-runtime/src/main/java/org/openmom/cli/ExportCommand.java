package org.openmom.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.Running;
import org.openmom.admin.protocol.MessageLines;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom export}: every message waiting for a service and user, to a JSON Lines file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write every message waiting for SERVICE/USER to FILE, one JSON line each; the messages stay.",
            "Its mailboxes and its seeds in the server mailbox: headers, properties and the body in base64. Prints 'exported N'.",
            "openmom import FILE posts them again.",
        })
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERVICE/USER", description = "whose messages (* wildcards)")
    private String target;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to write (replaced once the export is whole)")
    private Path file;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (AdminSession session = admin.connect();
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            long count;
            // the parts come on the session's thread, one after the other: written as they come
            try (Running<Long> export = session.export(ExportQuery.of(ServiceUser.parse(target)), part -> write(out, part))) {
                count = AdminChoice.await(export.finished());
            }
            out.close();
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().println("exported " + count);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException(file + ": cannot write the export (" + e.getMessage() + ") — give a writable file");
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // only a left-over .part file
            }
        }
    }

    private static void write(OutputStream out, List<ExportedMessage> part) {
        try {
            for (ExportedMessage message : part) {
                MessageLines.write(out, message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
