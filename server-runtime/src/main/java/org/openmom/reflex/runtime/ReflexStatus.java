package org.openmom.reflex.runtime;

import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;

/**
 * One reflex as administration sees it.
 *
 * @param index       position in execution order (0-based), the handle for enable/disable
 * @param line        line in the configuration file
 * @param declaration the configuration line
 * @param enabled     whether it runs
 * @param failures    how many of its calls threw or overran their budget since start
 * @param note        why it is disabled (load error, repeated failures, administrator), or null
 */
public record ReflexStatus(int index, int line, ReflexDeclaration declaration, boolean enabled, long failures, String note) {
    public ReflexKind kind() {
        return declaration.kind();
    }
}
