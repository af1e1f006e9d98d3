package org.openmom.app.server;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.openmom.admin.LogLevel;
import org.openmom.admin.LogLine;

/** Shows a {@link ServerLogModel} in {@code ServerLogPane.fxml}: lines as {@code openmom log} prints them, the newest in sight. */
public final class ServerLogPaneController {
    @FXML
    private ComboBox<LogLevel> level;
    @FXML
    private TextField search;
    @FXML
    private Label count;
    @FXML
    private ListView<LogLine> lines;

    @FXML
    private void initialize() {
        level.getItems().setAll(LogLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(LogLevel value) {
                return value == null ? "" : value.number() + " — " + value.meaning();
            }

            @Override
            public LogLevel fromString(String text) {
                return null; // the list is not editable
            }
        });
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("log-level-0", "log-level-2");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(LogLines.format(line));
                if (line.level().number() == 0 || line.level().number() == 2) {
                    getStyleClass().add("log-level-" + line.level().number());
                }
            }
        });
    }

    void show(ServerLogModel model) {
        level.valueProperty().bindBidirectional(model.levelProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        count.textProperty().bind(model.shownCount().asString().concat(" of ").concat(javafx.beans.binding.Bindings.size(model.allLines()))
                .concat(" lines"));
        lines.setItems(model.shownLines());
        model.shownLines().addListener((javafx.collections.ListChangeListener<LogLine>) change -> {
            if (!lines.getItems().isEmpty()) {
                lines.scrollTo(lines.getItems().size() - 1);
            }
        });
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    ListView<LogLine> lines() {
        return lines;
    }
}
