package org.openmom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.reflex.runtime.ReflexLoadException;
import org.openmom.reflex.runtime.ReflexTrial;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom reflex try}: the reflexes of a configuration file, tried without a server. */
@Command(name = "reflex", mixinStandardHelpOptions = true, description = "Try a reflex of a configuration file on a sample, without a server.",
        subcommands = ReflexCommand.TryReflex.class)
final class ReflexCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try.");
    }

    @Command(name = "try", mixinStandardHelpOptions = true,
            description = {
                "Run the filter or local service declared at LINE of CONFIG on a sample message, as the server would (its jar in a",
                "class loader of its own, the server's time budget) but on no server. Prints accepted, rejected, answered or failed,",
                "the message as the filter left it, the answer, the time. Exit 0 when it ran, 1 when it failed or cannot be tried.",
            })
    static final class TryReflex implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CONFIG", description = "the server configuration file")
        private Path configFile;

        @Parameters(index = "1", paramLabel = "LINE", description = "the line of CONFIG that declares the reflex")
        private int line;

        @Option(names = "--service", required = true, paramLabel = "S", description = "the sample's service (for a registration filter: the service registering)")
        private String service;

        @Option(names = "--user", paramLabel = "U", description = "the sample's user (default: *)")
        private String user = "*";

        @Option(names = "--event", paramLabel = "E", description = "the sample's event (default: try)")
        private String event = "try";

        @CommandLine.Mixin
        private MessageBody body = new MessageBody();

        @CommandLine.Mixin
        private ReflexOptions reflexOptions = new ReflexOptions();

        @Override
        public Integer call() throws FileProblemException {
            ParseResult<ServerConfiguration> parsed = BuiltinReflexCheck.addTo(ServerConfigurationParser.read(configFile));
            if (parsed.hasErrors()) {
                ProblemReport.printErrors(parsed, spec.commandLine().getErr());
                return ExitCode.INVALID_INPUT;
            }
            ServerConfiguration configuration = parsed.model();
            int index = ReflexTrial.reflexAtLine(configFile, configuration, line).orElseThrow(() -> new UserInputException(
                    configFile + ":" + line + ": no reflex is declared on this line — give the line of a MessageFilter, LocalService,"
                            + " RegistrationFilter or DeliveryFilter ('openmom check config' lists the file)"));
            ReflexDeclaration reflex = configuration.reflexes().get(index);
            ReflexTrial.Outcome outcome;
            try {
                outcome = ReflexTrial.run(configFile, reflex, line, new ReflexTrial.Sample(service, user, event, body.bytes()),
                        reflexOptions.settings());
            } catch (ReflexLoadException | IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(reflex.toLine());
            outcome.lines().forEach(out::println);
            out.flush();
            return "failed".equals(outcome.verdict()) ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }
    }
}
