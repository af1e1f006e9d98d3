package org.openmom.app.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
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
    void onlyTheEightNewestAreKeptAndTheyAreRememberedForTheNextRun() {
        RecentFiles recent = new RecentFiles(store);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/f" + i));
        }

        RecentFiles nextRun = new RecentFiles(store);

        assertThat(nextRun.files()).hasSize(8).startsWith(Path.of("/f10")).endsWith(Path.of("/f3"));
    }
}
