package org.openmom.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.testing.FxmlViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the chat loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class ChatViewsTest {
    @Test
    void everyViewLoads(FxRobot robot) {
        assertThat(FxmlViews.loadEvery(robot, Chat.class)).containsExactly("ChatWindow.fxml", "ConnectScreen.fxml", "UsersWindow.fxml");
    }
}
