package org.openmom.server.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalException;

/**
 * Which copy of a message a start loads when it is in two journals: a move between journals
 * writes the copy before it removes the original, so a server stopped in between has both. The
 * copy in the journal of the message's Key is the newer one (rewrites went there); failing that,
 * the first journal's. Only a start that finds a move unfinished pays for this.
 */
final class ReplayChoice {
    /** Every message is in one journal only: load everything. */
    static final ReplayChoice NONE = new ReplayChoice(Map.of());

    /** The journals holding each id that more than one holds, in the journals' order. */
    private final Map<Long, List<Journal>> holders;

    private ReplayChoice(Map<Long, List<Journal>> holders) {
        this.holders = holders;
    }

    static ReplayChoice of(List<Journal> journals) throws JournalException {
        long[][] ids = new long[journals.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = journals.get(i).liveIds();
            Arrays.sort(ids[i]);
        }
        Map<Long, List<Journal>> holders = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                for (long id : common(ids[i], ids[j])) {
                    List<Journal> held = holders.computeIfAbsent(id, key -> new ArrayList<>(2));
                    addInOrder(held, journals.get(i), journals);
                    addInOrder(held, journals.get(j), journals);
                }
            }
        }
        return holders.isEmpty() ? NONE : new ReplayChoice(holders);
    }

    /** The ids both sorted arrays hold. */
    private static List<Long> common(long[] a, long[] b) {
        List<Long> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                both.add(a[i]);
                i++;
                j++;
            }
        }
        return both;
    }

    private static void addInOrder(List<Journal> held, Journal journal, List<Journal> order) {
        if (held.contains(journal)) {
            return;
        }
        int at = 0;
        while (at < held.size() && order.indexOf(held.get(at)) < order.indexOf(journal)) {
            at++;
        }
        held.add(at, journal);
    }

    boolean isNeeded() {
        return !holders.isEmpty();
    }

    /** Whether the copy of {@code id} in {@code journal} is the one to load, {@code keyJournal} being its Key's. */
    boolean keeps(long id, Journal journal, Journal keyJournal) {
        List<Journal> held = holders.get(id);
        if (held == null) {
            return true;
        }
        return journal == (held.contains(keyJournal) ? keyJournal : held.get(0));
    }
}
