package org.openmom.admin;

import org.openmom.config.ConfigurationDiff;

/**
 * What a server's reload of its configuration changed (ADMIN_RELOAD).
 *
 * @param changes  the reflexes added, removed and changed, as configuration lines
 * @param reflexes how many reflexes the server runs now
 */
public record ReloadResult(ConfigurationDiff changes, int reflexes) {
    /** "1 added, 0 removed, 2 changed". */
    public String summary() {
        return changes.summary();
    }
}
