package org.openmom.app.server;

import java.nio.file.Path;
import java.util.Optional;

/** What the window asks the person; tests give their own answers. */
interface ServerWindowDialogs {
    /** What to do with the running server when its window closes. */
    enum OnClose { STOP, KEEP_RUNNING, CANCEL }

    OnClose askOnClose(String serverLabel);

    /** A file to name in a property, starting in {@code folder}. */
    Optional<Path> chooseFile(String title, Path folder);

    void showAbout();
}
