package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The books of a scenario: every message a producer sent, which ones the server confirmed, and
 * what consumers received. A message is known by its body, {@code producer:sequence}, which
 * survives restarts (the server's ids do not: they are reused after a restart).
 *
 * <p>Lost = confirmed and never received (minus messages a scenario destroyed on purpose, which
 * it {@link #excuse excuses}); duplicated = deliveries beyond the first of a message. Order is
 * checked per consumer session: within one, each producer's messages must arrive in sequence.
 */
final class Ledger {

    /** The common figures of every scenario. */
    record Counts(long sent, long confirmed, long received, long lost, long duplicated) {}

    private long sent;
    private final Set<String> confirmed = new HashSet<>();
    private final Set<String> refused = new HashSet<>();
    private final Map<String, Integer> receptions = new HashMap<>();
    private long received;
    private final Set<String> excused = new HashSet<>();
    private final Map<String, Long> lastInSession = new HashMap<>();
    private final Set<String> inSession = new HashSet<>();
    private long repeatedInSession;
    private final List<String> orderViolations = new ArrayList<>();

    /** The body of a message: its key, then {@code padding} bytes after a blank (to make messages bigger). */
    static byte[] body(String producer, long sequence, int padding) {
        byte[] key = key(producer, sequence).getBytes(StandardCharsets.UTF_8);
        if (padding == 0) {
            return key;
        }
        byte[] body = java.util.Arrays.copyOf(key, key.length + 1 + padding);
        java.util.Arrays.fill(body, key.length, body.length, (byte) '.');
        body[key.length] = ' ';
        return body;
    }

    static String keyOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int blank = text.indexOf(' ');
        return blank < 0 ? text : text.substring(0, blank);
    }

    static String key(String producer, long sequence) {
        return producer + ":" + sequence;
    }

    synchronized void sent() {
        sent++;
    }

    synchronized void confirmed(String key) {
        confirmed.add(key);
    }

    /** The server refused the post (memory bound, full disk): it must never be delivered. */
    synchronized void refused(String key) {
        refused.add(key);
    }

    /** Messages delivered although the server refused their post. */
    synchronized Set<String> refusedButReceived() {
        Set<String> delivered = new TreeSet<>();
        for (String key : refused) {
            if (receptions.containsKey(key)) {
                delivered.add(key);
            }
        }
        return delivered;
    }

    /** Records one delivery of {@code body}; returns how many times it has now been received. */
    synchronized int received(byte[] body) {
        String key = keyOf(body);
        received++;
        int times = receptions.merge(key, 1, Integer::sum);
        if (!inSession.add(key)) {
            repeatedInSession++;
        }
        int colon = key.lastIndexOf(':');
        if (colon > 0) {
            String producer = key.substring(0, colon);
            long sequence = Long.parseLong(key.substring(colon + 1));
            Long last = lastInSession.put(producer, sequence);
            if (last != null && sequence <= last && orderViolations.size() < 10) {
                orderViolations.add(key + " after " + Ledger.key(producer, last));
            }
        }
        return times;
    }

    /** A new consumer connection starts: order is checked within each session. */
    synchronized void newSession() {
        lastInSession.clear();
        inSession.clear();
    }

    /** Deliveries of a message already delivered in the same consumer session (the server sent it twice to one connection). */
    synchronized long repeatedInSession() {
        return repeatedInSession;
    }

    /** Messages destroyed on purpose (e.g. in a journal record a scenario damaged): not counted as lost. */
    synchronized void excuse(Collection<String> keys) {
        excused.addAll(keys);
    }

    /** Confirmed messages not received yet, about (cheap: messages received unconfirmed count as received confirmed ones). */
    synchronized int confirmedNotReceived() {
        return confirmed.size() - receptions.size();
    }

    /** Deliveries so far, repeats included. */
    synchronized long receivedCount() {
        return received;
    }

    synchronized int confirmedCount() {
        return confirmed.size();
    }

    /** Messages received although the server never confirmed them (their POSTED was cut off by a crash). */
    synchronized long unconfirmedReceived() {
        return receptions.keySet().stream().filter(key -> !confirmed.contains(key)).count();
    }

    synchronized boolean wasReceived(String key) {
        return receptions.containsKey(key);
    }

    synchronized int timesReceived(String key) {
        return receptions.getOrDefault(key, 0);
    }

    synchronized boolean isConfirmed(String key) {
        return confirmed.contains(key);
    }

    synchronized Set<String> confirmedKeys() {
        return new HashSet<>(confirmed);
    }

    /** Confirmed messages not received yet (excused ones left out). */
    synchronized Set<String> missing() {
        Set<String> missing = new LinkedHashSet<>();
        for (String key : confirmed) {
            if (!receptions.containsKey(key) && !excused.contains(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    synchronized boolean allConfirmedReceived() {
        for (String key : confirmed) {
            if (!receptions.containsKey(key) && !excused.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Messages received more than once. */
    synchronized Set<String> duplicates() {
        Set<String> duplicates = new HashSet<>();
        receptions.forEach((key, times) -> {
            if (times > 1) {
                duplicates.add(key);
            }
        });
        return duplicates;
    }

    synchronized List<String> orderViolations() {
        return List.copyOf(orderViolations);
    }

    synchronized Counts counts() {
        long lost = missing().size();
        return new Counts(sent, confirmed.size(), received, lost, received - receptions.size());
    }

    /** The standard verdict: no confirmed message lost (with a few examples when some are). */
    void checkNothingLost(ScenarioReport report) {
        Set<String> missing = missing();
        report.check(missing.isEmpty(), missing.size() + " confirmed messages lost, e.g. " + first(missing, 5));
    }

    /**
     * No message delivered twice: for scenarios where every acknowledgement was durable before the
     * next crash (a drain acknowledged everything before the next round's first confirmation, and
     * the journal writes removals before later saves).
     */
    void checkNoDuplicates(ScenarioReport report) {
        Set<String> duplicates = duplicates();
        report.check(duplicates.isEmpty(), duplicates.size() + " messages delivered again although acknowledged durably, e.g. "
                + first(duplicates, 5));
    }

    void checkOrder(ScenarioReport report) {
        List<String> violations = orderViolations();
        report.check(violations.isEmpty(), "messages of one producer out of order: " + violations);
    }

    static String first(Collection<String> keys, int count) {
        return keys.stream().sorted().limit(count).toList().toString();
    }
}
