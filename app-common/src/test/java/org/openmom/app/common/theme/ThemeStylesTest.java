package org.openmom.app.common.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.ThemeMenu;
import org.openmom.app.common.task.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** View ▸ Theme in windows: choosing in one window's menu restyles every window, and windows opened later follow. */
@ExtendWith(ApplicationExtension.class)
class ThemeStylesTest {
    private final Preferences store = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private ThemeModel theme;
    private Stage editor;
    private Stage other;
    private Menu themeMenu;

    @BeforeEach
    void twoWindows(FxRobot robot) {
        robot.interact(() -> {
            theme = new ThemeModel(store, new DesktopColorScheme(key -> ""), BackgroundWork.inCallingThread());
            ThemeStyles.follow(theme);
            themeMenu = new Menu("Theme");
            ThemeMenu.attach(themeMenu, theme);
            Menu view = new Menu("View");
            view.getItems().add(themeMenu);
            editor = show("Editor", new VBox(new MenuBar(view), new Label("the editor")));
            other = show("Other", new VBox(new Label("another window")));
        });
    }

    private static Stage show(String title, VBox root) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(new Scene(root, 320, 200));
        AppShell.applyTheme(stage.getScene());
        stage.show();
        return stage;
    }

    @AfterEach
    void closeAndGoBackToThePersonsTheme(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            editor.close();
            other.close();
            ThemeStyles.follow(ThemeStyles.userTheme());
        });
        store.removeNode();
    }

    @Test
    void choosingDarkInTheMenuRestylesEveryOpenWindow(FxRobot robot) {
        assertThat(layers(editor)).containsExactly(Appearance.LIGHT.layerStylesheet());
        assertThat(layers(other)).containsExactly(Appearance.LIGHT.layerStylesheet());

        choose(robot, "Dark");

        assertThat(theme.choiceProperty().get()).isEqualTo(Theme.DARK);
        assertThat(layers(editor)).containsExactly(Appearance.DARK.layerStylesheet());
        assertThat(layers(other)).containsExactly(Appearance.DARK.layerStylesheet());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Appearance.DARK.baseStylesheet());
        // the common stylesheet comes first, the appearance's layer over it
        assertThat(other.getScene().getStylesheets()).hasSize(2).last().isEqualTo(Appearance.DARK.layerStylesheet());

        choose(robot, "Light");
        assertThat(layers(editor)).containsExactly(Appearance.LIGHT.layerStylesheet());
        assertThat(layers(other)).containsExactly(Appearance.LIGHT.layerStylesheet());
    }

    @Test
    void aWindowOpenedLaterShowsTheChosenTheme(FxRobot robot) {
        robot.interact(() -> theme.choiceProperty().set(Theme.DARK));

        Stage[] later = new Stage[1];
        robot.interact(() -> {
            later[0] = new Stage();
            later[0].setScene(new Scene(new Label("a dialog"), 200, 100));
            later[0].show();
        });

        assertThat(layers(later[0])).containsExactly(Appearance.DARK.layerStylesheet());
        robot.interact(later[0]::close);
    }

    @Test
    void theMenuChecksTheChoiceWhereverItWasMade(FxRobot robot) {
        robot.interact(() -> theme.choiceProperty().set(Theme.FOLLOW_DESKTOP));

        assertThat(themeMenu.getItems()).extracting(MenuItem::getText)
                .containsExactly("Light", "Dark", "Follow the Desktop");
        assertThat(themeMenu.getItems()).filteredOn(item -> ((RadioMenuItem) item).isSelected())
                .extracting(MenuItem::getText).containsExactly("Follow the Desktop");
    }

    @Test
    void theShortcutOfDarkChoosesItFromAnyWindowWithTheMenu(FxRobot robot) {
        assertThat(themeMenu.getItems()).allSatisfy(item -> {
            assertThat(item.getGraphic()).as("icon of %s", item.getText()).isNotNull();
            assertThat(item.getAccelerator()).as("shortcut of %s", item.getText()).isNotNull();
        });
        robot.interact(editor::requestFocus);

        robot.push((javafx.scene.input.KeyCodeCombination) Theme.DARK.shortcut());

        assertThat(theme.choiceProperty().get()).isEqualTo(Theme.DARK);
        assertThat(layers(other)).containsExactly(Appearance.DARK.layerStylesheet());
    }

    /** What clicking View ▸ Theme ▸ {@code text} does (the headless robot does not open submenus). */
    private void choose(FxRobot robot, String text) {
        MenuItem item = themeMenu.getItems().stream().filter(i -> i.getText().equals(text)).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private static List<String> layers(Window window) {
        List<String> all = List.of(Appearance.LIGHT.layerStylesheet(), Appearance.DARK.layerStylesheet());
        return window.getScene().getStylesheets().stream().filter(all::contains).toList();
    }
}
