package org.openmom.cli;

import java.nio.file.Path;
import org.openmom.home.OpenMomHome;
import picocli.CommandLine.Option;

/** {@code --home DIR}: the OpenMOM home a command works in, mixed into every command that needs one. */
final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "OpenMOM home (default: $OPENMOM_HOME or ~/.openmom)")
    private Path homeDir;

    /** The home given, made absolute (a child process or a log line must not depend on the working folder), else the environment's. */
    OpenMomHome home() {
        return homeDir != null ? new OpenMomHome(homeDir.toAbsolutePath()) : OpenMomHome.fromEnvironment();
    }
}
