package org.openmom.examples.chat;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Shows a {@link UsersModel} in {@code UsersWindow.fxml}. */
public final class UsersWindowController {
    @FXML
    private ListView<String> users;
    @FXML
    private Label status;

    void show(UsersModel model) {
        users.setItems(model.users());
        status.textProperty().bind(model.statusProperty());
        users.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.pick(users.getSelectionModel().getSelectedItem());
            }
        });
        users.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.pick(users.getSelectionModel().getSelectedItem());
            }
        });
    }
}
