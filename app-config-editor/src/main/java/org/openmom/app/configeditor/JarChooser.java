package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for the jar holding a reflex (the DLL Path); tests give their own answers. */
@FunctionalInterface
interface JarChooser {
    /** @param folder where the dialog starts: the configuration file's folder */
    Optional<Path> chooseJar(Path folder);
}
