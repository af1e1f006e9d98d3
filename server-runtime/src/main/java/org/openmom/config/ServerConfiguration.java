package org.openmom.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmom.fileformat.TextLayout;

/**
 * A server configuration: the reflexes in execution order, the comment and blank lines at the
 * end of the file, and the file's layout, so that a rewrite changes only what the person changed.
 */
public record ServerConfiguration(List<ReflexDeclaration> reflexes, List<String> trailingComments, TextLayout layout) {

    public ServerConfiguration {
        reflexes = List.copyOf(reflexes);
        trailingComments = List.copyOf(trailingComments);
    }

    public ServerConfiguration(List<ReflexDeclaration> reflexes) {
        this(reflexes, List.of(), TextLayout.DEFAULT);
    }

    public static ServerConfiguration empty() {
        return new ServerConfiguration(List.of());
    }

    public List<ReflexDeclaration> reflexesOf(ReflexKind kind) {
        return reflexes.stream().filter(r -> r.kind() == kind).toList();
    }

    /** How many reflexes of each kind, kinds in the enum's order, absent kinds left out. */
    public Map<ReflexKind, Integer> countByKind() {
        Map<ReflexKind, Integer> counts = new EnumMap<>(ReflexKind.class);
        reflexes.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * The log files of each key of the Logging Services, keys in the order they first appear:
     * the master (the last file declared without {@code ~}) and the mirrors ({@code ~} removed).
     * Meant for a configuration without errors; a key without a master is left out.
     */
    public List<LoggingJournal> loggingJournals() {
        Map<String, List<ReflexDeclaration>> byKey = new LinkedHashMap<>();
        for (ReflexDeclaration reflex : reflexesOf(ReflexKind.LOGGING_SERVICE)) {
            byKey.computeIfAbsent(reflex.key(), k -> new ArrayList<>()).add(reflex);
        }
        List<LoggingJournal> journals = new ArrayList<>();
        byKey.forEach((key, files) -> {
            List<String> mirrors = files.stream().filter(ReflexDeclaration::isMirror).map(ReflexDeclaration::logFile).toList();
            files.stream().filter(f -> !f.isMirror()).reduce((first, second) -> second)
                    .ifPresent(master -> journals.add(new LoggingJournal(key, master.logFile(), mirrors)));
        });
        return journals;
    }

    /** The programs started on demand (the valid Activation lines), in file order. */
    public List<ActivationDeclaration> activations() {
        return reflexesOf(ReflexKind.ACTIVATION).stream().flatMap(line -> ActivationDeclaration.of(line).stream()).toList();
    }

    public ServerConfiguration withReflexes(List<ReflexDeclaration> newReflexes) {
        return new ServerConfiguration(newReflexes, trailingComments, layout);
    }

    /** A path written in the configuration file: a relative one is relative to the file's folder. */
    public static Path resolve(Path configFile, String path) {
        Path folder = configFile.toAbsolutePath().getParent();
        return folder.resolve(path).normalize();
    }
}
