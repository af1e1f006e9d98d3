package org.openmom.app.common.dialog;

import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** {@code AboutBox.fxml}: a program's icon, name, version and one sentence of what it does. */
public final class AboutBoxController {
    @FXML
    private DialogPane pane;

    public static void show(Window owner, OpenMomIcon programIcon, String programName, String whatItDoes) {
        AboutBoxController controller = FxmlView.<DialogPane, AboutBoxController>load(AboutBoxController.class).controller();
        controller.pane.setHeaderText(programName + " " + version());
        controller.pane.setContentText(whatItDoes + "\n\nOpenMOM for Java — a message broker and its administration suite.");
        FxmlDialog.showAndWait(owner, "About " + programName, programIcon, controller.pane, () -> { });
    }

    static String version() {
        String version = AboutBoxController.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
