package org.openmom.admin;

import java.util.Objects;

/**
 * What an ADMIN_SEARCH looks for: a text (or a regular expression) in the bodies (read as
 * UTF-8) and headers (from, to, event) of every message of every service mailbox, router
 * queue and the server mailbox.
 *
 * @param text    what to find; matched case-insensitively unless {@code regex}
 * @param regex   whether {@code text} is a Java regular expression (then case-sensitive unless it says {@code (?i)})
 * @param maxHits stop after this many hits (at most {@link #MAX_HITS}; the server caps it)
 */
public record SearchQuery(String text, boolean regex, int maxHits) {
    /** The most hits one search returns, so that a search for "e" does not copy the server. */
    public static final int MAX_HITS = 10_000;
    public static final int DEFAULT_HITS = 1_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
    }

    /** Plain text, case-insensitive, the default hit cap. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, false, DEFAULT_HITS);
    }

    /** A regular expression, the default hit cap. */
    public static SearchQuery regex(String expression) {
        return new SearchQuery(expression, true, DEFAULT_HITS);
    }

    public SearchQuery withMaxHits(int value) {
        return new SearchQuery(text, regex, value);
    }
}
