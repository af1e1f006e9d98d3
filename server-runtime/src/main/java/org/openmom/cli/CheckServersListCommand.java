package org.openmom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom check servers-list FILE}. */
@Command(
        name = "servers-list",
        mixinStandardHelpOptions = true,
        description = "Check a Servers List (Servers.lst): exit 0 when usable, 1 when it has errors.")
final class CheckServersListCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Servers List to check")
    private Path file;

    @Override
    public Integer call() throws FileProblemException {
        ParseResult<ServersList> result = ServersListParser.read(file);
        ServersList list = result.model();
        String summary = ProblemReport.count(list.entries().size(), "entry", "entries") + ", "
                + ProblemReport.count(list.declarationCount(), "declaration");
        return ProblemReport.print(result, summary, spec.commandLine().getOut());
    }
}
