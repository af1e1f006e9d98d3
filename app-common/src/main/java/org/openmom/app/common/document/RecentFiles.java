package org.openmom.app.common.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files a program opened last, newest first, remembered between runs. Preferences write
 * themselves to disk in the background, so adding a file never blocks the FX thread.
 */
public final class RecentFiles {
    private static final int KEPT = 8;
    private static final String KEY = "file.";

    private final Preferences store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** The one read-only view handed out: it follows the list through a weak listener, so it must live as long as the list. */
    private final ObservableList<Path> filesShown = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences store) {
        this.store = store;
        for (int i = 0; i < KEPT; i++) {
            String file = store.get(KEY + i, null);
            if (file != null) {
                files.add(Path.of(file));
            }
        }
    }

    public ObservableList<Path> files() {
        return filesShown;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(KEPT, updated.size())));
        for (int i = 0; i < KEPT; i++) {
            if (i < files.size()) {
                store.put(KEY + i, files.get(i).toString());
            } else {
                store.remove(KEY + i);
            }
        }
    }
}
