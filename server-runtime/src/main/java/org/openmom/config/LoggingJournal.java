package org.openmom.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the persistent messages for {@code key} (a service name, or {@code *}) are logged: the
 * master log file, and the mirrors that receive a copy (without their {@code ~}), in file order.
 * Paths are as written; {@link #resolve} makes relative ones relative to the configuration file.
 */
public record LoggingJournal(String key, String master, List<String> mirrors) {
    public LoggingJournal {
        mirrors = List.copyOf(mirrors);
    }

    public Path masterPath(Path configFile) {
        return ServerConfiguration.resolve(configFile, master);
    }

    public List<Path> mirrorPaths(Path configFile) {
        return mirrors.stream().map(m -> ServerConfiguration.resolve(configFile, m)).toList();
    }
}
