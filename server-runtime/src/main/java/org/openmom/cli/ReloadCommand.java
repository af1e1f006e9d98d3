package org.openmom.cli;

import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ReloadResult;
import org.openmom.config.ServerConfiguration;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.TextFiles;
import org.openmom.config.ServerConfigurationParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openmom reload [--file F]}: a running server takes a new configuration (its own file
 * read again, or the one given) and says what changed; or refuses it with the problems and
 * keeps running its reflexes as before.
 */
@Command(
        name = "reload",
        mixinStandardHelpOptions = true,
        description = {
            "Make a running server take a new configuration without a restart: the file it was started with (-c), read again,",
            "or --file F. The server loads every reflex first, then swaps them at once (messages in flight finish with the",
            "old set); any problem refuses the reload and nothing changes. Prints the reflexes added, removed and changed.",
        })
final class ReloadCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Option(names = "--file", paramLabel = "FILE",
            description = "the configuration to take (checked here first, as 'openmom check config' does; relative names: $OPENMOM_HOME/files first)")
    private String file;

    @Override
    public Integer call() throws FileProblemException {
        String text = null;
        if (file != null) {
            Path config = admin.home().resolveFile(file);
            text = TextFiles.read(config);
            ParseResult<ServerConfiguration> parsed = BuiltinReflexCheck.addTo(ServerConfigurationParser.parse(config.toString(), text));
            if (parsed.hasErrors()) {
                ProblemReport.printErrors(parsed, spec.commandLine().getErr());
                return ExitCode.INVALID_INPUT;
            }
        }
        try (AdminSession session = admin.connect()) {
            ReloadResult result = AdminChoice.await(session.reload(text));
            PrintWriter out = spec.commandLine().getOut();
            out.println("server " + session.server().label() + " reloaded its configuration: " + result.summary() + ", "
                    + ProblemReport.count(result.reflexes(), "reflex", "reflexes") + " now");
            print(out, "added", result.changes().added());
            print(out, "removed", result.changes().removed());
            print(out, "changed", result.changes().changed());
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, String what, List<String> lines) {
        lines.forEach(line -> out.println(what + "\t" + line));
    }
}
