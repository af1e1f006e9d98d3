package org.openmom.cli;

import java.nio.file.Path;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;

/**
 * Everything {@code openmom check config} checks in a configuration file — the file's rules, the
 * built-ins' names, the jars' reflexes, the activated programs — so that it refuses what the server refuses at start. The
 * programs that check a configuration (the server window) use this, to say the same. Reads the
 * file and the jars it names: call it off the FX thread.
 */
public final class ConfigurationCheck {
    private ConfigurationCheck() {}

    public static ParseResult<ServerConfiguration> read(Path file) throws FileProblemException {
        return ActivationProgramCheck.addTo(
                JarReflexCheck.addTo(BuiltinReflexCheck.addTo(ServerConfigurationParser.read(file)), file), file);
    }
}
