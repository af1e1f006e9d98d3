package org.openmom.app.common.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.app.common.document.FileDialogs;

/** File choosers answered by the test: the next path it was given, or cancel. */
public final class TestFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    public void willChoose(Path file) {
        answers.add(file);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, DocumentFormat<?> format, Path proposed) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, DocumentFormat<?> format, Path proposed) {
        return Optional.ofNullable(answers.poll());
    }
}
