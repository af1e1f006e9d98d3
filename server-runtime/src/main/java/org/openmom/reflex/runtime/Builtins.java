package org.openmom.reflex.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmom.config.ReflexKind;
import org.openmom.reflex.MessageFilter;
import org.openmom.reflex.builtin.AuditLog;
import org.openmom.reflex.builtin.DeadLetterMailbox;
import org.openmom.reflex.builtin.Echo;
import org.openmom.reflex.builtin.PasswordFilter;
import org.openmom.reflex.builtin.Redirect;

/**
 * The reflexes shipped with the server, by the simple name written as the Value of a
 * {@code builtin} line; public so that editors can offer them.
 */
public final class Builtins {
    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("Echo", Echo.class);
        BY_NAME.put("PasswordFilter", PasswordFilter.class);
        BY_NAME.put("DeadLetterMailbox", DeadLetterMailbox.class);
        BY_NAME.put("AuditLog", AuditLog.class);
        BY_NAME.put("Redirect", Redirect.class);
    }

    private Builtins() {}

    static Optional<Class<?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static String names() {
        return String.join(", ", BY_NAME.keySet());
    }

    /** The built-in reflexes that can be declared as {@code kind}, e.g. AuditLog and Redirect for MessageFilter. */
    public static List<String> namesFor(ReflexKind kind) {
        if (!kind.runsCode()) {
            return List.of();
        }
        Class<?> wanted = ReflexKinds.interfaceOf(kind);
        return BY_NAME.entrySet().stream().filter(e -> wanted.isAssignableFrom(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
