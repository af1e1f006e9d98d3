package org.openmom.app.explorer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.openmom.admin.AdminException;
import org.openmom.app.common.dialog.Dialogs;

/** The OpenMOM Explorer program; see {@link ExplorerArguments} for its command line. */
public final class ExplorerApp extends Application {
    @Override
    public void start(Stage stage) {
        ExplorerSettings settings;
        try {
            settings = ExplorerArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException | AdminException e) {
            Dialogs.showError(null, "OpenMOM Explorer cannot start", e.getMessage());
            Platform.exit();
            return;
        }
        Explorer explorer = Explorer.show(stage, settings);
        if (settings.initial() == null && settings.profile() == null) {
            Platform.runLater(explorer.model()::connect); // as the original: the connect screen comes first
        }
    }
}
