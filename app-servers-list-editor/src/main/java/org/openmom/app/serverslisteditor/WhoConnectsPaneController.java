package org.openmom.app.serverslisteditor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.openmom.app.common.list.WrappingCell;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link WhoConnectsModel} in {@code WhoConnectsPane.fxml}. */
public final class WhoConnectsPaneController {
    @FXML
    private Label header;
    @FXML
    private TextField service;
    @FXML
    private TextField user;
    @FXML
    private Label verdict;
    @FXML
    private ListView<String> tried;

    @FXML
    private void initialize() {
        header.setGraphic(Icons.small(OpenMomIcon.WHO_CONNECTS));
        tried.setCellFactory(view -> new WrappingCell());
    }

    void show(WhoConnectsModel model) {
        service.textProperty().bindBidirectional(model.serviceProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        verdict.textProperty().bind(model.verdictProperty());
        tried.setItems(model.tried());
    }

    /** Puts the cursor in the service field (the pane's keyboard shortcut). */
    void focusService() {
        service.requestFocus();
        service.selectAll();
    }
}
