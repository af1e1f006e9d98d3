package org.openmom.app.explorer.profiles;

import java.nio.file.Path;
import java.util.Optional;

/** The questions Open and Save Connection Profile ask the person. */
public interface ProfileDialogs {
    Optional<Path> chooseProfileToOpen(Path proposed);

    Optional<Path> chooseProfileToSave(Path proposed);

    void showError(String title, String message);
}
