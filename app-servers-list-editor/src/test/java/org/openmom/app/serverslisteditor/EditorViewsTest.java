package org.openmom.app.serverslisteditor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the Servers List Editor loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class EditorViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, ServersListEditor.class)).containsExactly("DeclarationDialog.fxml",
                "EntryDialog.fxml", "ProbeReportDialog.fxml", "ServersListEditorWindow.fxml", "ServersListTree.fxml",
                "WhoConnectsPane.fxml");
    }
}
