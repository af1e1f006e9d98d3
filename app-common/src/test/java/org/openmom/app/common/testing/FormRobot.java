package org.openmom.app.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the editors' test drivers do the same way: type in a form's field as a person does,
 * read the note under it, press keys, click a dialog's button, wait for a state, check a file.
 */
public final class FormRobot {
    private final FxRobot robot;

    public FormRobot(FxRobot robot) {
        this.robot = robot;
    }

    public void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the field {@code #fieldId}, empties it and types {@code text}. */
    public void fill(String fieldId, String text) {
        type(robot.lookup("#" + fieldId).queryAs(TextField.class), text);
    }

    /** Clicks {@code field} (a text field, or a combo box's editor), empties it and types {@code text}. */
    public void type(TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
    }

    public Button dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton();
    }

    public void clickButton(String text) {
        robot.clickOn(dialogButton(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The hint or the problem shown under field {@code #fieldId} (its note is {@code #fieldId-note}). */
    public String note(String fieldId) {
        return robot.lookup("#" + fieldId + "-note").queryLabeled().getText();
    }

    public void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the editor did not reach the expected state in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the document is saved ({@code saved} true), then checks the file holds {@code expected}, byte for byte. */
    public void assertSavedAs(BooleanSupplier saved, Path file, String expected) {
        waitUntil(saved);
        try {
            assertThat(Files.readString(file)).isEqualTo(expected);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
