package org.openmom.admin.server;

import org.openmom.admin.ReloadResult;
import org.openmom.reflex.runtime.ReflexRegistry;

/** How a server takes a new configuration while running (ADMIN_RELOAD); the server assembly provides it. */
@FunctionalInterface
public interface ConfigurationReloader {
    /** A server that cannot reload: every request is refused. */
    ConfigurationReloader NONE = (text, dryRun) -> {
        throw new IllegalStateException("this server cannot reload its configuration — restart it with the new file");
    };

    /**
     * Checks the configuration fully (every reflex loaded) and swaps the server's reflexes, or
     * changes nothing.
     *
     * @param configText the configuration to take, or null for the file the server was started with
     * @param dryRun     check it fully and say what would change, but keep the running reflexes
     * @throws IllegalArgumentException the problems, one line: {@code LINE:COLUMN: what — fix; …}
     */
    Reloaded reload(String configText, boolean dryRun);

    /** What changed, and the registry of the reflexes now running (null after a dry run). */
    record Reloaded(ReloadResult result, ReflexRegistry registry) {}
}
