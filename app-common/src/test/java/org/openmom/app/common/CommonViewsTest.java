package org.openmom.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of app-common loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class CommonViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, FxmlView.class))
                .containsExactly("AboutBox.fxml", "MessageDialog.fxml", "ProblemsPane.fxml", "ServerAddressForm.fxml", "StatusBar.fxml");
    }
}
