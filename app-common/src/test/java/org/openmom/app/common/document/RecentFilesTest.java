package org.openmom.app.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences store = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        store.removeNode();
    }

    @Test
    void theNewestFileComesFirstAndIsNotRepeated() {
        RecentFiles recent = new RecentFiles(store);

        recent.add(Path.of("/a/one.lst"));
        recent.add(Path.of("/a/two.lst"));
        recent.add(Path.of("/a/one.lst"));

        assertThat(recent.files()).containsExactly(Path.of("/a/one.lst"), Path.of("/a/two.lst"));
    }

    @Test
    void whoFollowsTheListKeepsHearingOfNewFilesAfterAGarbageCollection() {
        RecentFiles recent = new RecentFiles(store);
        List<Path> heard = new ArrayList<>();
        recent.files().addListener((ListChangeListener<Path>) change -> {
            heard.clear();
            heard.addAll(change.getList());
        });

        // Before: files() made a new read-only view per call, held only weakly by the list, so the
        // first collection silently dropped the listener and File ▸ Open Recent stopped following.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        recent.add(Path.of("/a/one.lst"));

        assertThat(heard).containsExactly(Path.of("/a/one.lst"));
    }

    @Test
    void onlyTheEightNewestAreKeptAndTheyAreRememberedForTheNextRun() {
        RecentFiles recent = new RecentFiles(store);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/f" + i));
        }

        RecentFiles nextRun = new RecentFiles(store);

        assertThat(nextRun.files()).hasSize(8).startsWith(Path.of("/f10")).endsWith(Path.of("/f3"));
    }
}
