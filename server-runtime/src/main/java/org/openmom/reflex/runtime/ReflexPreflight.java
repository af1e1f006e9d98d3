package org.openmom.reflex.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmom.config.ReflexDeclaration;

/**
 * What the server would refuse at start in the reflexes of a configuration, found without
 * starting one and without running any reflex code: the checks of loading (jar, exits, class,
 * kind, constructor) on every line that names a jar. {@code check config} reports them, so that it
 * refuses what the server refuses.
 */
public final class ReflexPreflight {
    private ReflexPreflight() {}

    /**
     * The problem of each line that would not load, by its index among {@code reflexes}: the
     * loader's refusal (one line, the fix after " — "; {@link ReflexLoadException#aboutJar()} says
     * whether the DLL Path or the Value is at fault).
     *
     * @param configFile the configuration file, against whose folder jar paths resolve
     */
    public static Map<Integer, ReflexLoadException> problems(Path configFile, List<ReflexDeclaration> reflexes) {
        Map<Integer, ReflexLoadException> problems = new LinkedHashMap<>();
        try (ReflexLoader loader = new ReflexLoader(configFile, Duration.ZERO)) {
            for (int i = 0; i < reflexes.size(); i++) {
                ReflexDeclaration reflex = reflexes.get(i);
                if (!reflex.kind().runsCode() || reflex.isBuiltin() || !reflex.dllPath().endsWith(ReflexDeclaration.JAR_SUFFIX)) {
                    continue; // the file format's checks (and BuiltinReflexCheck's) say what is wrong with those
                }
                try {
                    loader.resolve(reflex, "");
                } catch (ReflexLoadException e) {
                    problems.put(i, e);
                }
            }
        }
        return problems;
    }
}
