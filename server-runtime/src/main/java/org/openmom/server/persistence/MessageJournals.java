package org.openmom.server.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.openmom.journal.Journal;

/**
 * Which journal holds each live persistent message. With one journal — the usual case — no id is
 * written down: every message is in the <em>default</em> journal, and the persistent path pays
 * no map entry per message. With several, each id is mapped to its journal. Guarded by the broker
 * lock, like every call of the store.
 */
final class MessageJournals {
    /** Journals of the ids that are not in the default one. */
    private final Map<Long, Journal> mapped = new HashMap<>();
    /** Where an id that is not mapped lives; null when every live id is mapped. */
    private Journal fallback;
    /**
     * While the default journal's messages are being moved: ids removed from it since then. An
     * unmapped id reads as "in the default journal" whether it is live or gone, and the move must
     * not bring a removed message back.
     */
    private Set<Long> goneFromFallback;

    MessageJournals(Journal fallback) {
        this.fallback = fallback;
    }

    Journal of(long id) {
        if (mapped.isEmpty()) { // one journal: no box, no lookup
            return fallback;
        }
        Journal journal = mapped.get(id);
        return journal != null ? journal : fallback;
    }

    /** Whether {@code id} is live in {@code journal}: not removed, not moved elsewhere since. */
    boolean isIn(long id, Journal journal) {
        Journal holder = mapped.get(id);
        if (holder != null) {
            return holder == journal;
        }
        return journal == fallback && (goneFromFallback == null || !goneFromFallback.contains(id));
    }

    /** {@code id} is (now) in {@code journal}. */
    void put(long id, Journal journal) {
        if (journal != fallback) {
            mapped.put(id, journal);
            return;
        }
        if (!mapped.isEmpty()) {
            mapped.remove(id);
        }
        if (goneFromFallback != null) {
            goneFromFallback.remove(id);
        }
    }

    /** The message is no longer in any journal; returns the journal it was in. */
    Journal remove(long id) {
        if (mapped.isEmpty()) {
            noteGone(id);
            return fallback;
        }
        Journal journal = mapped.remove(id);
        if (journal != null) {
            return journal;
        }
        noteGone(id);
        return fallback;
    }

    private void noteGone(long id) {
        if (goneFromFallback != null && fallback != null) {
            goneFromFallback.add(id);
        }
    }

    Journal fallback() {
        return fallback;
    }

    /** From now until {@link #stopTrackingFallbackRemovals}, removals from the default journal are remembered. */
    void trackFallbackRemovals() {
        if (goneFromFallback == null) {
            goneFromFallback = new HashSet<>();
        }
    }

    void stopTrackingFallbackRemovals() {
        goneFromFallback = null;
    }

    /**
     * The default journal left the configuration and the move went through it: its messages that
     * moved are mapped to their new journals, and those it keeps ({@code kept}) are mapped to it
     * now, so no message needs a default any more.
     */
    void forgetFallback(Journal leaving, Set<Long> kept) {
        for (Long id : kept) {
            mapped.put(id, leaving);
        }
        fallback = null;
        goneFromFallback = null;
    }

    /** Only {@code journal} is left open, so it holds every live message: back to the cheap mode. */
    void settle(Journal journal) {
        mapped.clear();
        fallback = journal;
    }
}
