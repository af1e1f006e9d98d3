package org.openmom.cli;

import java.util.ArrayList;
import java.util.List;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.reflex.runtime.Builtins;

/**
 * What {@code check config} adds to the file's own rules so that it refuses what the server
 * refuses at start: a {@code builtin} line whose Value names no built-in reflex of its kind
 * (the file format does not know the server's built-ins; the reflex runtime does).
 */
public final class BuiltinReflexCheck {
    private BuiltinReflexCheck() {}

    public static ParseResult<ServerConfiguration> addTo(ParseResult<ServerConfiguration> parsed) {
        List<Problem> more = findings(parsed.model()).stream().map(parsed.sourceMap()::locate).toList();
        return more.isEmpty() ? parsed : parsed.withProblems(more);
    }

    /** The problems of the configuration's built-in lines, for an editor that checks what is typed. */
    public static List<Finding> findings(ServerConfiguration configuration) {
        List<ReflexDeclaration> reflexes = configuration.reflexes();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < reflexes.size(); i++) {
            ReflexDeclaration reflex = reflexes.get(i);
            List<String> builtins = Builtins.namesFor(reflex.kind());
            if (reflex.isBuiltin() && reflex.kind().runsCode() && !reflex.value().isEmpty() && !builtins.contains(reflex.value())) {
                String known = builtins.isEmpty() ? "there is none of this kind" : "the built-in ones are " + String.join(", ", builtins);
                findings.add(Finding.error(ElementRef.of(i), ReflexDeclaration.VALUE,
                        "no built-in " + reflex.kind().displayName() + " is named '" + reflex.value() + "'",
                        known + "; for your own class, give the jar that holds it as DLL Path"));
            }
        }
        return findings;
    }
}
