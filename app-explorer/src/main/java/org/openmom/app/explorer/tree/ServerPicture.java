package org.openmom.app.explorer.tree;

import java.util.Map;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.ServerSnapshot;

/**
 * What one refresh read from a server: its snapshot and how many messages each section of the
 * server mailbox holds (the snapshot counts only waiting seeds).
 */
record ServerPicture(ServerSnapshot snapshot, Map<MailboxKind, Integer> sectionTotals) {
    ServerPicture {
        sectionTotals = Map.copyOf(sectionTotals);
    }

    int serverMailboxTotal() {
        return sectionTotals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
