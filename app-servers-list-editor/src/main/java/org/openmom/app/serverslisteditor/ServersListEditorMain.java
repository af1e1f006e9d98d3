package org.openmom.app.serverslisteditor;

import javafx.application.Application;

/**
 * Starts the editor from a plain class path (a main class extending Application would need
 * JavaFX on the module path).
 */
public final class ServersListEditorMain {
    private ServersListEditorMain() {}

    public static void main(String[] args) {
        Application.launch(ServersListEditorApp.class, args);
    }
}
