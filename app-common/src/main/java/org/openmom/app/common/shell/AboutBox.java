package org.openmom.app.common.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** The About box of a program: its icon, name, version and one sentence of what it does. */
public final class AboutBox {
    private AboutBox() {}

    public static void show(Window owner, OpenMomIcon programIcon, String programName, String whatItDoes) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        about.initOwner(owner);
        about.setTitle("About " + programName);
        about.setHeaderText(programName + " " + version());
        about.setContentText(whatItDoes + "\n\nOpenMOM for Java — a message broker and its administration suite.");
        about.setGraphic(Icons.view(programIcon, IconSize.LARGE));
        AppShell.applyTheme(about.getDialogPane().getScene());
        about.showAndWait();
    }

    static String version() {
        String version = AboutBox.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
