package org.openmom.app.server;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.openmom.admin.LogLevel;
import org.openmom.admin.LogLine;

/**
 * The running server's live log as the window shows it: the lines received, those at or below
 * the chosen level (0–4, as {@code openmom log --level}) and containing the searched text. The
 * level is also the server's own: a server keeps no line above its level, so choosing level 3 asks
 * it for the command lines.
 */
final class ServerLogModel {
    /** Lines kept in the window; older ones are in the server's log file. */
    static final int KEPT_LINES = 5000;

    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(lines);
    private final ObjectProperty<LogLevel> level = new SimpleObjectProperty<>(this, "level", LogLevel.DEFAULT);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private Consumer<LogLevel> serverLevel = wanted -> { };
    private boolean fromServer;

    ServerLogModel() {
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            int upTo = level.get() == null ? LogLevel.DEBUG.number() : level.get().number();
            String text = search.get().strip().toLowerCase(Locale.ROOT);
            return line -> line.level().number() <= upTo
                    && (text.isEmpty() || (line.logger() + " " + line.text()).toLowerCase(Locale.ROOT).contains(text));
        }, level, search));
        level.addListener((o, before, now) -> {
            if (now != null && !fromServer) {
                serverLevel.accept(now);
            }
        });
    }

    /** The lines to show, oldest first. */
    ObservableList<LogLine> shownLines() {
        return shown;
    }

    ObjectProperty<LogLevel> levelProperty() {
        return level;
    }

    StringProperty searchProperty() {
        return search;
    }

    /** "12 of 40 lines" */
    IntegerBinding shownCount() {
        return Bindings.size(shown);
    }

    ObservableList<LogLine> allLines() {
        return lines;
    }

    /** Where a level chosen by the person goes: the server being watched. */
    void sendLevelTo(Consumer<LogLevel> server) {
        serverLevel = server;
    }

    /** A new server: its tail, and its current level (which the person did not choose: it is not sent back). */
    void restart(LogLevel serverLevelNow, List<LogLine> tail) {
        fromServer = true;
        try {
            level.set(serverLevelNow);
        } finally {
            fromServer = false;
        }
        lines.setAll(tail);
    }

    /** A line the server logged since. */
    void add(LogLine line) {
        if (!lines.isEmpty() && line.sequence() <= lines.get(lines.size() - 1).sequence()) {
            return; // the tail and the watch can both bring a line logged between them
        }
        lines.add(line);
        if (lines.size() > KEPT_LINES) {
            lines.remove(0, lines.size() - KEPT_LINES);
        }
    }

    void clear() {
        lines.clear();
    }
}
