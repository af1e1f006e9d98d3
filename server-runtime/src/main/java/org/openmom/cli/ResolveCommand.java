package org.openmom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.home.OpenMomHome;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListEntry;
import org.openmom.serverslist.ServersListParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom resolve}: which servers a service would try, in order, from the Servers List. */
@Command(
        name = "resolve",
        mixinStandardHelpOptions = true,
        description = {
            "Show the server declarations a service (SERVICE, USER) would try, in order, one per line:",
            "  host protocol endpoint server role",
        })
final class ResolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "the service's name")
    private String service;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "the service's user name")
    private String user;

    @Option(names = "--servers-list", paramLabel = "FILE",
            description = "the Servers List to read (default: $OPENMOM_HOME/files/Servers.lst)")
    private Path serversList;

    @Override
    public Integer call() throws FileProblemException {
        Path file = serversList != null ? serversList : OpenMomHome.fromEnvironment().serversList();
        ParseResult<ServersList> result = ServersListParser.read(file);
        if (result.hasErrors()) {
            ProblemReport.printErrors(result, spec.commandLine().getErr());
            spec.commandLine().getErr().println(file + ": fix the errors above, then resolve again");
            return ExitCode.INVALID_INPUT;
        }
        var entry = result.model().entryFor(service, user);
        if (entry.isEmpty()) {
            spec.commandLine().getErr().println("no entry matches " + service + " " + user
                    + " in " + file + " — add an entry '! " + service.replace(' ', '+') + " *' or '! * *'");
            return ExitCode.INVALID_INPUT;
        }
        print(entry.get());
        return ExitCode.OK;
    }

    private void print(ServersListEntry entry) {
        var out = spec.commandLine().getOut();
        for (ServerDeclaration declaration : entry.declarations()) {
            out.println(declaration.toLine());
        }
    }
}
