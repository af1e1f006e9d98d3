package org.openmom.app.common.document;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File ▸ Open Recent: one item per recent file of a document, kept up to date; while there is
 * none, one disabled item says so. (The menu itself is never disabled: a submenu of the menu bar
 * disabled before its first showing stayed disabled on screen once files came.)
 */
public final class RecentFilesMenu {
    private RecentFilesMenu() {}

    /** Fills {@code menu} from the document's recent files now and whenever they change; an item opens its file. */
    public static void follow(Menu menu, DocumentController<?> document) {
        RecentFiles recent = document.recentFiles();
        recent.files().addListener((ListChangeListener<Path>) change -> fill(menu, document));
        fill(menu, document);
    }

    private static void fill(Menu menu, DocumentController<?> document) {
        menu.getItems().setAll(document.recentFiles().files().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(event -> document.openFile(path));
            return item;
        }).toList());
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
