package org.openmom.app.explorer;

import javafx.application.Application;

/**
 * Starts the Explorer from a plain class path (a main class extending Application would need
 * JavaFX on the module path).
 */
public final class ExplorerMain {
    private ExplorerMain() {}

    public static void main(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
