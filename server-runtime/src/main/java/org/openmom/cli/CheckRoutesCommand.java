package org.openmom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom check routes FILE}. */
@Command(
        name = "routes",
        mixinStandardHelpOptions = true,
        description = "Check a routes file (the routers given with -x): exit 0 when usable, 1 when it has errors.")
final class CheckRoutesCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the routes file to check")
    private Path file;

    @Override
    public Integer call() throws FileProblemException {
        ParseResult<RoutesFile> result = RoutesParser.read(file);
        return ProblemReport.print(result, summary(result.model()), spec.commandLine().getOut());
    }

    /** {@code 3 routers (1 server, 1 service, 1 event)}. */
    static String summary(RoutesFile routes) {
        String total = ProblemReport.count(routes.routers().size(), "router");
        List<String> kinds = new ArrayList<>();
        routes.countByKind().forEach((kind, n) -> kinds.add(ProblemReport.count(n, kind.name().toLowerCase(Locale.ROOT))));
        return kinds.isEmpty() ? total : total + " (" + String.join(", ", kinds) + ")";
    }
}
