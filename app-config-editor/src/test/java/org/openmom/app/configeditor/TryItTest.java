package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.reflex.AcmeReflexes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Try it: the selected filter run on a sample typed in the dialog, from a jar compiled during the test. */
@ExtendWith(ApplicationExtension.class)
class TryItTest {
    @TempDir
    Path folder;
    private EditorDriver editor;
    private FxRobot robot;

    @BeforeEach
    void open(FxRobot fx) throws Exception {
        robot = fx;
        AcmeReflexes.build(folder.resolve("lib/acme.jar"));
        Path file = Files.writeString(folder.resolve("server.conf"), "# filters of the chat\n"
                + "MessageFilter CHAT lib/acme.jar * com.acme.NoSpam\nMessageFilter CHAT lib/acme.jar say com.acme.Upper\n");
        editor = new EditorDriver(robot).open(file, folder.resolve("home"));
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    private List<String> tryOn(String cell, String body) {
        editor.clickCell(cell).press(KeyCode.CONTROL, KeyCode.T);
        editor.fill("try-user", "bob").fill("try-event", "say");
        TextArea area = robot.lookup("#try-body").queryAs(TextArea.class);
        robot.interact(() -> area.setText(body));
        robot.clickOn("#try-run");
        @SuppressWarnings("unchecked")
        ListView<String> outcome = robot.lookup("#try-outcome").queryAs(ListView.class);
        editor.waitUntil(() -> !outcome.getItems().isEmpty() && !outcome.getItems().get(0).startsWith("running"));
        List<String> lines = List.copyOf(outcome.getItems());
        editor.clickButton("Close");
        return lines;
    }

    @Test
    void aFilterThatRejectsTheSampleSaysRejected() {
        List<String> outcome = tryOn("com.acme.NoSpam", "buy spam now");

        assertThat(outcome).startsWith("rejected: the message is not posted");
        assertThat(outcome.get(outcome.size() - 1)).matches("time: \\d+ ms");
    }

    @Test
    void aFilterThatChangesTheSampleShowsTheMessageAsChanged() {
        List<String> outcome = tryOn("com.acme.Upper", "hello");

        assertThat(outcome).startsWith("accepted", "message: to CHAT/bob, event say, body 'HELLO'");
    }
}
