package org.openmom.admin;

import java.util.List;

/**
 * The server's trash: what deletes and purges removed, restorable for a while.
 *
 * @param entries         the newest first, at most the asked number
 * @param total           how many the trash holds
 * @param maxEntries      the trash keeps at most this many (the oldest go first)
 * @param maxBytes        and at most this many bytes of bodies
 * @param retentionMillis each is kept this long
 * @param survivesRestart whether the trash is still there after the server restarts (it is not:
 *                        it is kept in memory, a restart empties it)
 */
public record TrashList(List<TrashEntry> entries, int total, int maxEntries, long maxBytes, long retentionMillis,
        boolean survivesRestart) {
    public TrashList {
        entries = List.copyOf(entries);
    }
}
