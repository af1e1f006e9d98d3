package org.openmom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom check config FILE}. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Check a server configuration file (the reflexes given with -c): exit 0 when usable, 1 when it has errors.")
final class CheckConfigCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the server configuration file to check")
    private Path file;

    @Override
    public Integer call() throws FileProblemException {
        ParseResult<ServerConfiguration> result = ConfigurationCheck.read(file);
        return ProblemReport.print(result, summary(result.model()), spec.commandLine().getOut());
    }

    /** {@code 5 reflexes (2 logging services, 1 local service, …), 1 activation}, kinds in the guide's order. */
    static String summary(ServerConfiguration configuration) {
        List<String> kinds = new ArrayList<>();
        int reflexes = 0;
        for (Map.Entry<ReflexKind, Integer> kind : configuration.countByKind().entrySet()) {
            if (kind.getKey().isReflex()) {
                kinds.add(count(kind.getValue(), kind.getKey()));
                reflexes += kind.getValue();
            }
        }
        String total = ProblemReport.count(reflexes, "reflex", "reflexes");
        int activations = configuration.reflexesOf(ReflexKind.ACTIVATION).size();
        return (kinds.isEmpty() ? total : total + " (" + String.join(", ", kinds) + ")")
                + (activations == 0 ? "" : ", " + count(activations, ReflexKind.ACTIVATION));
    }

    private static String count(int n, ReflexKind kind) {
        String singular = kind.displayName().toLowerCase(Locale.ROOT);
        return ProblemReport.count(n, singular, singular.endsWith("x") ? singular + "es" : singular + "s");
    }
}
