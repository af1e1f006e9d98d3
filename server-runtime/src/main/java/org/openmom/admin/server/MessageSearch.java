package org.openmom.admin.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.Progress;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.SearchSummary;
import org.openmom.admin.protocol.AdminRequests.SearchChunk;
import org.openmom.model.Message;
import org.openmom.server.BrokerAdministration.Place;

/**
 * One ADMIN_SEARCH, run on the admin work thread over the messages copied by reference from
 * the broker ({@link org.openmom.server.BrokerAdministration#places}): the broker is not held
 * while it reads. Bounded: at most {@link SearchQuery#MAX_HITS} hits, the first
 * {@link #BODY_BYTES} of each body, and {@link #CHARACTER_BUDGET} characters read by the
 * matcher in all (a regular expression that backtracks without end stops with a one-line error).
 */
final class MessageSearch implements Runnable {
    /** How much of each body is searched. */
    static final int BODY_BYTES = 1 << 20;
    /** Characters the matcher may read in one search, backtracking included. */
    static final long CHARACTER_BUDGET = 500_000_000L;
    private static final int HITS_PER_PART = 200;
    /** A part (with no hits, perhaps) at least every so many messages: the progress the Explorer shows. */
    static final int MESSAGES_PER_PROGRESS = 50_000;

    private final SearchQuery query;
    private final List<Place> places;
    private final OutgoingStream out;
    private final Budget budget = new Budget();

    MessageSearch(SearchQuery query, List<Place> places, OutgoingStream out) {
        this.query = query;
        this.places = places;
        this.out = out;
    }

    /** The query's pattern. @throws IllegalArgumentException one line, for a bad regular expression */
    static Pattern pattern(SearchQuery query) {
        if (query.text().isEmpty()) {
            throw new IllegalArgumentException("nothing to search for — give a word or a regular expression");
        }
        if (!query.regex()) {
            return Pattern.compile(Pattern.quote(query.text()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        try {
            return Pattern.compile(query.text());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regular expression: " + e.getDescription() + " at index " + e.getIndex()
                    + " of '" + query.text() + "' — fix it, or search for plain text");
        }
    }

    @Override
    public void run() {
        Pattern pattern = pattern(query);
        int maxHits = Math.max(1, Math.min(query.maxHits(), SearchQuery.MAX_HITS));
        List<SearchHit> part = new ArrayList<>();
        long total = places.stream().mapToLong(place -> place.messages().size()).sum();
        long scanned = 0;
        int hits = 0;
        boolean capped = false;
        try {
            search:
            for (Place place : places) {
                for (Message held : place.messages()) {
                    if (out.isCancelled()) {
                        return;
                    }
                    scanned++;
                    Message message = place.withBody(held).orElse(null); // null: delivered or purged since the search began
                    boolean found = message != null && matches(pattern, message);
                    if (found && hits == maxHits) {
                        capped = true;
                        break search;
                    }
                    if (found) {
                        hits++;
                        part.add(hit(place, message));
                    }
                    if (part.size() == HITS_PER_PART || scanned % MESSAGES_PER_PROGRESS == 0) {
                        if (!out.send(new SearchChunk(List.copyOf(part), new Progress(scanned, total), null, null))) {
                            return;
                        }
                        part.clear();
                    }
                }
            }
        } catch (OutOfBudget e) {
            out.send(new SearchChunk(List.copyOf(part), new Progress(scanned, total), null, "the search stopped after reading " + CHARACTER_BUDGET
                    + " characters (" + hits + " hits in " + scanned + " messages) — make the regular expression narrower"));
            return;
        }
        out.send(new SearchChunk(List.copyOf(part), new Progress(scanned, total), new SearchSummary(scanned, hits, capped), null));
    }

    private boolean matches(Pattern pattern, Message message) {
        String headers = message.from() + " " + message.to() + " " + message.event();
        if (pattern.matcher(budget.over(headers)).find()) {
            return true;
        }
        byte[] body = message.body();
        String text = new String(body, 0, Math.min(body.length, BODY_BYTES), StandardCharsets.UTF_8);
        Matcher matcher = pattern.matcher(budget.over(text));
        return matcher.find();
    }

    private static SearchHit hit(Place place, Message message) {
        if (place.who() != null) {
            return new SearchHit(MailboxRef.service(place.instanceId()), place.who().toString(),
                    AdminViews.summary(message, false, MailboxQuery.DEFAULT_PREVIEW));
        }
        MailboxKind section = AdminViews.sectionOf(message);
        return new SearchHit(MailboxRef.server(section), section.displayName(),
                AdminViews.summary(message, false, MailboxQuery.DEFAULT_PREVIEW));
    }

    /** Counts the characters the matcher reads, across the whole search. */
    private static final class Budget {
        private long left = CHARACTER_BUDGET;

        CharSequence over(String text) {
            return new Counted(text);
        }

        private final class Counted implements CharSequence {
            private final CharSequence text;

            Counted(CharSequence text) {
                this.text = text;
            }

            @Override
            public char charAt(int index) {
                if (--left < 0) {
                    throw new OutOfBudget();
                }
                return text.charAt(index);
            }

            @Override
            public int length() {
                return text.length();
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return new Counted(text.subSequence(start, end));
            }

            @Override
            public String toString() {
                return text.toString();
            }
        }
    }

    private static final class OutOfBudget extends RuntimeException {
        OutOfBudget() {
            super(null, null, false, false);
        }
    }
}
