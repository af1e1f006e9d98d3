package org.openmom.app.common.document;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person for a file to open or to save to; tests give their own answers. */
public interface FileDialogs {
    Optional<Path> chooseFileToOpen(Window owner, DocumentFormat<?> format, Path proposed);

    Optional<Path> chooseFileToSave(Window owner, DocumentFormat<?> format, Path proposed);

    /** The platform's file choosers. */
    static FileDialogs nativeChoosers() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseFileToOpen(Window owner, DocumentFormat<?> format, Path proposed) {
                return Optional.ofNullable(chooser("Open " + format.documentKind(), format, proposed).showOpenDialog(owner))
                        .map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFileToSave(Window owner, DocumentFormat<?> format, Path proposed) {
                return Optional.ofNullable(chooser("Save " + format.documentKind(), format, proposed).showSaveDialog(owner))
                        .map(File::toPath);
            }

            private FileChooser chooser(String title, DocumentFormat<?> format, Path proposed) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(format.extensionFilters());
                Path folder = proposed.toAbsolutePath().getParent();
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(proposed.getFileName().toString());
                return chooser;
            }
        };
    }
}
