package org.openmom.app.common.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.openmom.app.common.theme.Theme;
import org.openmom.app.common.theme.ThemeModel;
import org.openmom.app.common.theme.ThemeStyles;

/** View ▸ Theme: Light, Dark, Follow the Desktop (each with its icon and shortcut), one of them checked, choosing in a {@link ThemeModel}. */
public final class ThemeMenu {
    private ThemeMenu() {}

    /** Fills {@code menu} with one item per theme, following and setting {@code model}'s choice. */
    public static void attach(Menu menu, ThemeModel model) {
        // (not userData: in our menus that names an action, see Actions.attach)
        Map<Theme, RadioMenuItem> items = new EnumMap<>(Theme.class);
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.menuText(), Icons.small(theme.icon()));
            item.setAccelerator(theme.shortcut());
            item.setId("theme-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setOnAction(event -> model.choiceProperty().set(theme));
            items.put(theme, item);
            menu.getItems().add(item);
        }
        items.get(model.choiceProperty().get()).setSelected(true);
        model.choiceProperty().addListener((o, before, now) -> items.get(now).setSelected(true));
    }

    /** The same for the person's own theme, the one every program shows. */
    public static void attach(Menu menu) {
        attach(menu, ThemeStyles.userTheme());
    }
}
