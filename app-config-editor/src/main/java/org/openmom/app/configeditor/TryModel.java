package org.openmom.app.configeditor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.reflex.runtime.ReflexTrial;

/**
 * "Try it" without its window: a sample message (service, user, event, body typed or read
 * from a file) given to the selected filter or local service, run as the server runs it
 * (server-runtime's {@link ReflexTrial}) off the FX thread; the outcome as lines.
 */
final class TryModel {
    private final ReflexDeclaration reflex;
    private final int line;
    private final Path configFile;
    private final BackgroundWork background;
    private final StringProperty service;
    private final StringProperty user = new SimpleStringProperty(this, "user", "*");
    private final StringProperty event;
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ObservableList<String> outcome = FXCollections.observableArrayList();

    /** @param index the reflex's place in {@code configuration}, saved (or to be saved) as {@code configFile} */
    TryModel(ServerConfiguration configuration, int index, Path configFile, BackgroundWork background) {
        this.reflex = configuration.reflexes().get(index);
        this.line = lineOf(configuration, index);
        this.configFile = configFile;
        this.background = background;
        // A sample the reflex concerns, to start from: its own names unless they are wildcards.
        String target = reflex.kind() == ReflexKind.REGISTRATION_FILTER ? reflex.key() : reflex.serviceName();
        service = new SimpleStringProperty(this, "service", target.contains("*") ? "" : target);
        String key = reflex.kind() == ReflexKind.REGISTRATION_FILTER || reflex.key().contains("*") ? "" : reflex.key();
        event = new SimpleStringProperty(this, "event", key);
    }

    /** The line the reflex is written on: the comment lines above each reflex count. */
    static int lineOf(ServerConfiguration configuration, int index) {
        int line = 0;
        for (int i = 0; i <= index; i++) {
            line += configuration.reflexes().get(i).comments().size() + 1;
        }
        return line;
    }

    static boolean canTry(ReflexDeclaration reflex) {
        return ReflexTrial.KINDS.contains(reflex.kind());
    }

    String title() {
        return "Try " + reflex.kind().displayName() + " " + reflex.value();
    }

    ReflexDeclaration reflex() {
        return reflex;
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

    StringProperty bodyProperty() {
        return body;
    }

    /** What the last run did, as lines: the verdict, the message as changed, the answer, the time. */
    ObservableList<String> outcome() {
        return outcome;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** The body read from {@code file} (as UTF-8 text), off the FX thread. */
    void loadBody(Path file) {
        background.run(() -> Files.readString(file, StandardCharsets.UTF_8), body::set,
                error -> outcome.setAll("cannot read " + file + ": " + error.getMessage()));
    }

    /** Runs the reflex on the sample; a reflex that cannot load says why, as the server would at start. */
    void run() {
        if (service.get().isBlank()) {
            outcome.setAll("give the sample's service (the service the message is for, or the one registering)");
            return;
        }
        ReflexTrial.Sample sample = new ReflexTrial.Sample(service.get().strip(), user.get().isBlank() ? "*" : user.get().strip(),
                event.get().isBlank() ? "try" : event.get().strip(), body.get().getBytes(StandardCharsets.UTF_8));
        outcome.setAll("running …");
        background.run(() -> ReflexTrial.run(configFile, reflex, line, sample, ReflexSettings.defaults()).lines(), outcome::setAll,
                error -> outcome.setAll(List.of("cannot run: " + (error.getMessage() == null ? error : error.getMessage()))));
    }
}
