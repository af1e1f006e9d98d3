package org.openmom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ImportResult;
import org.openmom.admin.protocol.MessageLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom import}: posts the messages of an export file again. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Post again the messages of an export FILE (openmom export, the Explorer), keeping their headers.",
            "Sender, destination, event and flags are kept; the server gives new ids. Prints 'imported N'; each refused",
            "message on stderr, and exits 1 when one was refused.",
        })
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "an export file (JSON Lines)")
    private Path file;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger imported = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (AdminSession session = admin.connect()) {
            MessageLines.batches(file, batch -> {
                ImportResult result = AdminChoice.await(session.importMessages(batch));
                imported.addAndGet(result.imported());
                refused.addAndGet(result.refused().size());
                result.refused().forEach(line -> err.println("refused " + line));
            });
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read it (" + e.getMessage() + ") — give an export file");
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + (imported.get() > 0 ? " (" + imported.get() + " imported before it)" : ""));
        }
        spec.commandLine().getOut().println("imported " + imported.get());
        spec.commandLine().getOut().flush();
        return refused.get() == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
