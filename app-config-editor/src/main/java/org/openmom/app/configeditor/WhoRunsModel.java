package org.openmom.app.configeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.model.NamePattern;

/**
 * "Who runs what": given a service, a user and an event, the reflexes that would run, in
 * order, for a registration, a posted message, a delivery, a de-registration and a dead letter
 * — the order and matching of docs/reflexes.md (message filters on service * act on the seed
 * first, then those of the service; registration and de-registration filters match their Key
 * against the service).
 */
final class WhoRunsModel {
    private final StringProperty service = new SimpleStringProperty(this, "service", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty event = new SimpleStringProperty(this, "event", "");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableValue<ServerConfiguration> configuration;

    WhoRunsModel(ObservableValue<ServerConfiguration> configuration) {
        this.configuration = configuration;
        service.addListener((o, before, now) -> update());
        user.addListener((o, before, now) -> update());
        event.addListener((o, before, now) -> update());
        configuration.addListener((o, before, now) -> update());
    }

    StringProperty serviceProperty() {
        return service;
    }

    StringProperty userProperty() {
        return user;
    }

    StringProperty eventProperty() {
        return event;
    }

    /** Each situation as a heading, then "  #n line" for each reflex that runs, in order. */
    ObservableList<String> lines() {
        return lines;
    }

    private void update() {
        String s = service.get().strip();
        if (s.isEmpty()) {
            lines.clear();
            return;
        }
        String e = event.get().strip();
        String who = s + "/" + (user.get().isBlank() ? "*" : user.get().strip());
        List<ReflexDeclaration> reflexes = configuration.getValue().reflexes();
        List<String> all = new ArrayList<>();
        section(all, "Registration of " + who, reflexes, r -> r.kind() == ReflexKind.REGISTRATION_FILTER && NamePattern.matches(r.key(), s));
        List<String> posted = new ArrayList<>();
        posted.addAll(matching(reflexes, r -> r.kind() == ReflexKind.MESSAGE_FILTER && NamePattern.WILDCARD.equals(r.serviceName())
                && NamePattern.matches(r.key(), e)));
        posted.addAll(matching(reflexes, r -> r.kind() == ReflexKind.MESSAGE_FILTER && !NamePattern.WILDCARD.equals(r.serviceName())
                && forAddress(r, s, e)));
        matching(reflexes, r -> r.kind() == ReflexKind.LOCAL_SERVICE && forAddress(r, s, e)).stream().findFirst()
                .ifPresent(local -> posted.add(local + "  (answers: no registered service receives it)"));
        heading(all, "Message " + e + " posted to " + who, posted);
        section(all, "Delivery of " + e + " to " + who, reflexes, r -> r.kind() == ReflexKind.DELIVERY_FILTER && forAddress(r, s, e));
        section(all, "De-registration of " + who, reflexes,
                r -> r.kind() == ReflexKind.DEREGISTRATION_FILTER && NamePattern.matches(r.key(), s));
        section(all, "Dead letter " + e + " for " + who, reflexes, r -> r.kind() == ReflexKind.DEAD_LETTERS && forAddress(r, s, e));
        String journalKey = journalKey(reflexes, s);
        section(all, "Persistent messages for " + s + " logged by", reflexes, r -> r.kind() == ReflexKind.LOGGING_SERVICE
                && r.key().equals(journalKey));
        lines.setAll(all);
    }

    /**
     * The Key whose Logging Services keep the service's persistent messages: as the server's
     * journal store chooses, the most specific matching Key (an exact name, then the pattern with
     * the most characters written out), the first declared among equals; null when none matches.
     */
    private static String journalKey(List<ReflexDeclaration> reflexes, String service) {
        String chosen = null;
        for (ReflexDeclaration reflex : reflexes) {
            if (reflex.kind() == ReflexKind.LOGGING_SERVICE && NamePattern.matches(reflex.key(), service)
                    && (chosen == null || specificity(reflex.key()) > specificity(chosen))) {
                chosen = reflex.key();
            }
        }
        return chosen;
    }

    private static int specificity(String key) {
        int literal = key.replace(NamePattern.WILDCARD, "").length();
        return key.contains(NamePattern.WILDCARD) ? literal : Integer.MAX_VALUE;
    }

    private static boolean forAddress(ReflexDeclaration reflex, String service, String event) {
        return NamePattern.matches(reflex.serviceName(), service) && NamePattern.matches(reflex.key(), event);
    }

    private static void section(List<String> all, String title, List<ReflexDeclaration> reflexes, Predicate<ReflexDeclaration> runs) {
        heading(all, title, matching(reflexes, runs));
    }

    private static void heading(List<String> all, String title, List<String> running) {
        all.add(title + ":");
        if (running.isEmpty()) {
            all.add("  (no reflex)");
        } else {
            running.forEach(line -> all.add("  " + line));
        }
    }

    private static List<String> matching(List<ReflexDeclaration> reflexes, Predicate<ReflexDeclaration> runs) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < reflexes.size(); i++) {
            if (runs.test(reflexes.get(i))) {
                found.add("#" + (i + 1) + " " + reflexes.get(i).toLine());
            }
        }
        return found;
    }
}
