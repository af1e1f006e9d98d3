package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the Server Configuration Editor loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class EditorViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, ConfigEditor.class)).containsExactly("ApplyDialog.fxml", "ConfigEditorWindow.fxml",
                "ReflexDialog.fxml", "ReflexTable.fxml", "TryDialog.fxml", "WhoRunsPane.fxml");
    }
}
