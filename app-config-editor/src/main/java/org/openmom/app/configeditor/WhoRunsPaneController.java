package org.openmom.app.configeditor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link WhoRunsModel} in {@code WhoRunsPane.fxml}. */
public final class WhoRunsPaneController {
    @FXML
    private Label header;
    @FXML
    private TextField service;
    @FXML
    private TextField user;
    @FXML
    private TextField event;
    @FXML
    private ListView<String> lines;

    @FXML
    private void initialize() {
        header.setGraphic(Icons.small(OpenMomIcon.WHO_CONNECTS));
        // Configuration lines are long and the pane narrow: they wrap rather than scroll sideways.
        lines.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
    }

    void show(WhoRunsModel model) {
        service.textProperty().bindBidirectional(model.serviceProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        event.textProperty().bindBidirectional(model.eventProperty());
        lines.setItems(model.lines());
    }

    /** Puts the cursor in the service field (the pane's keyboard shortcut). */
    void focusService() {
        service.requestFocus();
        service.selectAll();
    }
}
