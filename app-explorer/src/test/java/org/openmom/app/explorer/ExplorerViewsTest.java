package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the Explorer loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, Explorer.class))
                .containsExactly("AuditLog.fxml", "ConnectDialog.fxml", "Dashboard.fxml", "DetailsPane.fxml", "ExplorerWindow.fxml",
                        "MessageTable.fxml", "Overview.fxml", "RouterDialog.fxml", "Search.fxml", "TargetDialog.fxml",
                        "TestMessageDialog.fxml", "Trash.fxml");
    }
}
