package org.openmom.app.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openmom.cli.ConfigurationCheck;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.Problem;
import org.openmom.home.OpenMomHome;
import org.openmom.routes.RoutesParser;

/**
 * The configuration and routes files of the properties, found as {@code openmom server} finds
 * them (relative names in {@code $OPENMOM_HOME/files} first) and checked as {@code openmom check
 * config|routes} checks them (for a configuration, its jars' reflexes too).
 */
final class ServerFiles implements ServerFileCheck.Checker {
    private final OpenMomHome home;

    ServerFiles(OpenMomHome home) {
        this.home = home;
    }

    /** Where the server will read {@code name}. */
    Path resolve(String name) {
        return home.resolveFile(name);
    }

    @Override
    public Optional<String> check(ServerFileCheck.Kind kind, String name) {
        Path file = resolve(name);
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": no such readable file — check the name (relative names are looked up in "
                    + home.files() + " first)");
        }
        try {
            List<Problem> errors = kind == ServerFileCheck.Kind.CONFIGURATION
                    ? ConfigurationCheck.read(file).errors()
                    : RoutesParser.read(file).errors();
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more: ./openmom check "
                    + (kind == ServerFileCheck.Kind.CONFIGURATION ? "config " : "routes ") + file + ")" : "";
            return Optional.of(errors.get(0).format() + more);
        } catch (FileProblemException e) {
            return Optional.of(e.problem().format());
        }
    }
}
