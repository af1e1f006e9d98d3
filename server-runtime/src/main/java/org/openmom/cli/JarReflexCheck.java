package org.openmom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.reflex.runtime.ReflexLoadException;
import org.openmom.reflex.runtime.ReflexPreflight;

/**
 * What {@code check config} adds for the lines that name a jar, so that it refuses what the
 * server refuses at start: a missing jar, a jar that would exit the server, a class that is not
 * there, not of the line's kind, or cannot be made (no reflex code runs to find out).
 */
public final class JarReflexCheck {
    private JarReflexCheck() {}

    static ParseResult<ServerConfiguration> addTo(ParseResult<ServerConfiguration> parsed, Path file) {
        List<Problem> more = findings(file, parsed.model().reflexes()).stream().map(parsed.sourceMap()::locate).toList();
        return more.isEmpty() ? parsed : parsed.withProblems(more);
    }

    /**
     * The problems of the lines naming a jar, for an editor (reads the jars: off the FX thread).
     *
     * @param file the configuration file, against whose folder jar paths resolve
     */
    public static List<Finding> findings(Path file, List<ReflexDeclaration> reflexes) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, ReflexLoadException> problem : ReflexPreflight.problems(file, reflexes).entrySet()) {
            String text = problem.getValue().getMessage();
            int dash = text.indexOf(" — ");
            String message = dash < 0 ? text : text.substring(0, dash);
            String fix = dash < 0 ? "fix the reflex's jar or its Function Name" : text.substring(dash + 3);
            int field = problem.getValue().aboutJar() ? ReflexDeclaration.DLL_PATH : ReflexDeclaration.VALUE;
            findings.add(Finding.error(ElementRef.of(problem.getKey()), field, message, fix));
        }
        return findings;
    }
}
