package org.openmom.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One reflex: a line {@code <Kind> <Service Name> <DLL Path> <Key> <Value>}, with the comment
 * and blank lines written above it. Fields hold the text as the person gave it (spaces already
 * decoded from {@code +}, {@code -} read as the empty text); {@link ServerConfigurationValidator}
 * says what is valid.
 */
public record ReflexDeclaration(
        ReflexKind kind, String serviceName, String dllPath, String key, String value, List<String> comments) {
    /** Field numbers on the line, for findings. */
    public static final int KIND = 0;
    public static final int SERVICE_NAME = 1;
    public static final int DLL_PATH = 2;
    public static final int KEY = 3;
    public static final int VALUE = 4;
    public static final int FIELD_COUNT = 5;

    /** The DLL Path of the reflexes shipped with the server. */
    public static final String BUILTIN = "builtin";
    public static final String JAR_SUFFIX = ".jar";
    /** Starts the log file of a Logging Service that mirrors the master of its key. */
    public static final String MIRROR_MARK = "~";

    public ReflexDeclaration {
        comments = List.copyOf(comments);
    }

    public ReflexDeclaration(ReflexKind kind, String serviceName, String dllPath, String key, String value) {
        this(kind, serviceName, dllPath, key, value, List.of());
    }

    public boolean isBuiltin() {
        return BUILTIN.equals(dllPath);
    }

    /**
     * The jar holding the reflex's class, a relative DLL Path being relative to the folder of
     * the configuration file; empty for {@code builtin}.
     */
    public Optional<Path> resolveJar(Path configFile) {
        return isBuiltin() ? Optional.empty() : Optional.of(ServerConfiguration.resolve(configFile, dllPath));
    }

    /** Whether this Logging Service's log file is a mirror ({@code ~file}) rather than the master. */
    public boolean isMirror() {
        return kind == ReflexKind.LOGGING_SERVICE && value.startsWith(MIRROR_MARK);
    }

    /** The log file of a Logging Service without its mirror mark. */
    public String logFile() {
        return isMirror() ? value.substring(MIRROR_MARK.length()) : value;
    }

    public ReflexDeclaration withFields(ReflexKind newKind, String newServiceName, String newDllPath, String newKey, String newValue) {
        return new ReflexDeclaration(newKind, newServiceName, newDllPath, newKey, newValue, comments);
    }

    /** The line as written in the file. */
    public String toLine() {
        return String.join(" ", ServerConfigurationWriter.fields(this));
    }
}
