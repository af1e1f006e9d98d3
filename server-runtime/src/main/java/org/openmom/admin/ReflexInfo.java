package org.openmom.admin;

import org.openmom.config.ReflexKind;

/**
 * One Reflex of the server configuration with its run-time status.
 *
 * @param index       position in execution order (0-based): the handle to change its status
 * @param kind        Logging Service, Local Service, Registration Filter, …
 * @param serviceName the declaration's Service Name field
 * @param dllPath     the declaration's DLL Path (a jar, or {@code builtin})
 * @param key         the declaration's Key field (event or service name, per kind)
 * @param value       the declaration's Value field (class name, or log file)
 * @param line        the line of the configuration file that declares it
 * @param status      a disabled reflex is skipped as if not declared
 * @param failures    calls that threw or overran their time budget since start
 * @param note        why it is disabled (load error, repeated failures, administrator), or null
 */
public record ReflexInfo(
        int index,
        ReflexKind kind,
        String serviceName,
        String dllPath,
        String key,
        String value,
        int line,
        Status status,
        long failures,
        String note) {
    /** How the Explorer and the CLI name it: {@code MessageFilter Orders * com.acme.Spam}. */
    public String declaration() {
        return kind.keyword() + " " + serviceName + " " + key + " " + value;
    }
}
