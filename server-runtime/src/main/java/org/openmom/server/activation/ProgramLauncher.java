package org.openmom.server.activation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.openmom.client.DefaultServer;
import org.openmom.config.ActivationDeclaration;
import org.openmom.home.OpenMomHome;

/**
 * Starts an activated program as the TPF Internet daemon starts a server program: with what it
 * needs to find its way back, {@code OPENMOM_SERVER} (the address to connect to),
 * {@code OPENMOM_SERVICE} (the service it is started for) and {@code OPENMOM_HOME}, its output
 * appended to {@code logs/activation-SERVICE.log}, in the configuration file's folder.
 */
final class ProgramLauncher {
    /** The address an activated program connects to; the CLI and the client API take it as their default server. */
    static final String SERVER_VARIABLE = DefaultServer.VARIABLE;
    static final String SERVICE_VARIABLE = "OPENMOM_SERVICE";

    private final Path configFolder;
    private final Path home;
    private final Path logs;
    private final Supplier<String> serverAddress;

    /**
     * @param configFile    the configuration file, against whose folder programs resolve (null: the working folder)
     * @param serverAddress this server's address as {@code --server} takes it, asked at each start (the endpoints are bound late)
     */
    ProgramLauncher(Path configFile, Path home, Path logs, Supplier<String> serverAddress) {
        this.configFolder = configFile == null ? Path.of("").toAbsolutePath() : configFile.toAbsolutePath().getParent();
        this.home = home;
        this.logs = logs;
        this.serverAddress = serverAddress;
    }

    Process start(ActivationDeclaration activation) throws IOException {
        Path program = configFolder.resolve(activation.program()).normalize();
        Path log = logOf(activation.service());
        Files.createDirectories(logs);
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write("--- " + Instant.now() + " starting " + program + " for service " + activation.service() + "\n");
        }
        ProcessBuilder builder = new ProcessBuilder(program.toString())
                .directory(configFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put(SERVER_VARIABLE, serverAddress.get());
        environment.put(SERVICE_VARIABLE, activation.service());
        environment.put(OpenMomHome.ENVIRONMENT_VARIABLE, home.toString());
        return builder.start();
    }

    /** {@code logs/activation-SERVICE.log}, the service's name made safe for a file name. */
    Path logOf(String service) {
        return logs.resolve("activation-" + service.replaceAll("[^A-Za-z0-9._-]", "_") + ".log");
    }
}
