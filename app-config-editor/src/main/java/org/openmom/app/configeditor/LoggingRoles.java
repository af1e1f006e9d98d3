package org.openmom.app.configeditor;

import java.util.ArrayList;
import java.util.List;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;

/**
 * The guide's master/mirror rule of Logging Services made visible: for each Key, the last file
 * declared is the master and the earlier ones, written with {@code ~}, are its mirrors.
 */
final class LoggingRoles {
    private LoggingRoles() {}

    /** "master of *", "mirror of * (master: data/all.journal)", or "" for other kinds. */
    static String describe(List<ReflexDeclaration> reflexes, int index) {
        ReflexDeclaration reflex = reflexes.get(index);
        if (reflex.kind() != ReflexKind.LOGGING_SERVICE) {
            return "";
        }
        int master = masterIndex(reflexes, reflex.key());
        if (master == index) {
            return "master of " + reflex.key();
        }
        if (reflex.isMirror()) {
            return "mirror of " + reflex.key() + (master < 0 ? " (no master yet)" : " (master: " + reflexes.get(master).logFile() + ")");
        }
        return "master of " + reflex.key() + " declared too early";
    }

    /** The index of the master of {@code key}: its last Logging Service line, if that one is not a mirror; else -1. */
    static int masterIndex(List<ReflexDeclaration> reflexes, String key) {
        for (int i = reflexes.size() - 1; i >= 0; i--) {
            ReflexDeclaration reflex = reflexes.get(i);
            if (reflex.kind() == ReflexKind.LOGGING_SERVICE && reflex.key().equals(key)) {
                return reflex.isMirror() ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * The mirror at {@code mirror} becomes the master: without its {@code ~}, moved just below the
     * old master at {@code master}, which becomes a mirror.
     */
    static ServerConfiguration makeMaster(ServerConfiguration configuration, int mirror, int master) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(configuration.reflexes());
        ReflexDeclaration oldMaster = reflexes.get(master);
        ReflexDeclaration newMaster = reflexes.get(mirror);
        reflexes.set(master, withLogFile(oldMaster, ReflexDeclaration.MIRROR_MARK + oldMaster.logFile()));
        reflexes.remove(mirror);
        reflexes.add(master, withLogFile(newMaster, newMaster.logFile()));
        return configuration.withReflexes(reflexes);
    }

    private static ReflexDeclaration withLogFile(ReflexDeclaration reflex, String value) {
        return reflex.withFields(reflex.kind(), reflex.serviceName(), reflex.dllPath(), reflex.key(), value);
    }
}
