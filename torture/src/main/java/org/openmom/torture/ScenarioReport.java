package org.openmom.torture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario did and found: the ledger's counts, its own figures and every failed check. */
final class ScenarioReport {
    private final String id;
    private final String title;
    private final Ledger ledger = new Ledger();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private Duration duration = Duration.ZERO;

    ScenarioReport(String id, String title) {
        this.id = id;
        this.title = title;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    Ledger ledger() {
        return ledger;
    }

    /** A scenario-specific figure, shown after the common counts (replaces one of the same name). */
    synchronized void figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
    }

    synchronized Map<String, String> figures() {
        return new LinkedHashMap<>(figures);
    }

    synchronized void fail(String failure) {
        failures.add(failure);
    }

    /** Records {@code failure} unless {@code ok}. */
    void check(boolean ok, String failure) {
        if (!ok) {
            fail(failure);
        }
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    boolean passed() {
        return failures().isEmpty();
    }

    void duration(Duration value) {
        duration = value;
    }

    Duration duration() {
        return duration;
    }
}
