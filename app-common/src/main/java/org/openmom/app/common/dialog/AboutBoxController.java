package org.openmom.app.common.dialog;

import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** {@code AboutBox.fxml}: a program's icon, name, version and one sentence of what it does. */
public final class AboutBoxController {
    @FXML
    private DialogPane pane;

    public static void show(Window owner, OpenMomIcon programIcon, String programName, String whatItDoes) {
        AboutBoxController controller = FxmlView.<DialogPane, AboutBoxController>load(AboutBoxController.class).controller();
        controller.pane.setHeaderText(programName + " " + version());
        controller.pane.setContentText(whatItDoes + "\n\nOpenMOM for Java — a message broker and its administration suite.");
        controller.pane.setGraphic(Icons.view(programIcon, IconSize.LARGE));
        FxmlDialog.showAndWait(owner, "About " + programName, controller.pane, () -> { });
    }

    static String version() {
        String version = AboutBoxController.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
