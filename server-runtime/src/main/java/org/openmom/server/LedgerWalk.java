package org.openmom.server;

import java.util.function.Predicate;
import org.openmom.model.Message;

/**
 * A walk along the persistent seeds by id, a part per hold of the broker lock (issue #19): an
 * administrator's page at an offset of a million, or the copy of a section for an export, would
 * otherwise stop every other client while it walks. Each part starts just after the last seed the
 * one before saw, whatever left or joined the ledger between two parts.
 */
final class LedgerWalk {
    /** Seeds one part looks at: a part of the ledger's walk costs well under a millisecond. */
    static final int PART = 10_000;

    private final PersistentLedger ledger;
    private final boolean newestFirst;
    /** The id of the last seed seen; where the next part starts. */
    private long after;

    LedgerWalk(PersistentLedger ledger, boolean newestFirst) {
        this.ledger = ledger;
        this.newestFirst = newestFirst;
        this.after = newestFirst ? Long.MAX_VALUE : 0;
    }

    /**
     * Under the lock: shows {@code visit} the next {@value #PART} seeds at most, as the ledger
     * holds them (a paged one as a stub), until it answers false.
     *
     * @return whether the walk goes on: {@code visit} wants more and the ledger has more
     */
    boolean part(Predicate<Message> visit) {
        int left = PART;
        for (Message seed : ledger.seedsAfter(after, newestFirst)) {
            if (left-- == 0) {
                return true;
            }
            after = seed.id();
            if (!visit.test(seed)) {
                return false;
            }
        }
        return false;
    }
}
