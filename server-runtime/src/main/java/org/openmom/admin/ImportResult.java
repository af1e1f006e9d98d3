package org.openmom.admin;

import java.util.List;

/**
 * What an ADMIN_IMPORT posted.
 *
 * @param imported how many messages were posted again
 * @param refused  one line for each message the server refused (its old id and why)
 */
public record ImportResult(int imported, List<String> refused) {
    public ImportResult {
        refused = List.copyOf(refused);
    }
}
