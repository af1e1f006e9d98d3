package org.openmom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openmom.config.ActivationDeclaration;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;

/**
 * What {@code check config} adds for the Activation lines, which the file's rules cannot know: is
 * the Program there, and may the server run it? Found now rather than when a message first waits
 * for the service and the start fails.
 */
public final class ActivationProgramCheck {
    private ActivationProgramCheck() {}

    static ParseResult<ServerConfiguration> addTo(ParseResult<ServerConfiguration> parsed, Path file) {
        List<Problem> more = findings(file, parsed.model().reflexes()).stream().map(parsed.sourceMap()::locate).toList();
        return more.isEmpty() ? parsed : parsed.withProblems(more);
    }

    /**
     * The problems of the Activation lines' programs, for an editor (reads the disk: off the FX thread).
     *
     * @param file the configuration file, against whose folder program paths resolve
     */
    public static List<Finding> findings(Path file, List<ReflexDeclaration> reflexes) {
        List<Finding> findings = new ArrayList<>();
        for (int index = 0; index < reflexes.size(); index++) {
            int at = index;
            ActivationDeclaration.of(reflexes.get(index)).ifPresent(activation -> {
                Path program = activation.programPath(file);
                String problem = !Files.exists(program) ? "no program at " + program
                        : !Files.isRegularFile(program) ? program + " is not a file"
                        : !Files.isExecutable(program) ? "the program " + program + " is not executable" : null;
                if (problem != null) {
                    findings.add(Finding.error(ElementRef.of(at), ReflexDeclaration.DLL_PATH, problem,
                            "give the path of the program (relative to this file), and make it executable (chmod +x)"));
                }
            });
        }
        return findings;
    }
}
