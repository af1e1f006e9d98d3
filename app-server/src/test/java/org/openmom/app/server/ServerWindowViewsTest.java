package org.openmom.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the OpenMOM Server window loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class ServerWindowViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, ServerWindow.class)).containsExactly("ServerLogPane.fxml", "ServerPropertiesForm.fxml",
                "ServerWindow.fxml");
    }
}
