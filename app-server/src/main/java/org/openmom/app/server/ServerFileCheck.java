package org.openmom.app.server;

import java.util.Optional;
import org.openmom.app.common.form.FormField;
import org.openmom.app.common.task.BackgroundWork;

/**
 * Checks the file a property names each time it changes, in the background (files are read off
 * the FX thread), and keeps what was found for the form: the latest answer only, so a slow check
 * of a name typed earlier never overrides the check of the name shown now.
 */
final class ServerFileCheck {
    /** Which file a property names. */
    enum Kind { CONFIGURATION, ROUTES }

    /** Reads and checks a named file: what is wrong with it in one line, or empty when the server can use it. */
    @FunctionalInterface
    interface Checker {
        Optional<String> check(Kind kind, String name) throws Exception;
    }

    private final Kind kind;
    private final Checker checker;
    private final BackgroundWork background;
    private final Runnable onAnswer;
    private Optional<String> problem = Optional.empty();
    private long asked;

    ServerFileCheck(FormField<String> field, Kind kind, Checker checker, BackgroundWork background, Runnable onAnswer) {
        this.kind = kind;
        this.checker = checker;
        this.background = background;
        this.onAnswer = onAnswer;
        field.valueProperty().addListener((o, before, now) -> check(now));
        check(field.value());
    }

    /** What is wrong with the file named now; empty while it is fine, not named, or still being read. */
    Optional<String> problem() {
        return problem;
    }

    private void check(String name) {
        long question = ++asked;
        problem = Optional.empty();
        if (name == null || name.isBlank()) {
            onAnswer.run();
            return;
        }
        background.run(() -> checker.check(kind, name.strip()), found -> answer(question, found),
                error -> answer(question, Optional.of("cannot check the file: " + error)));
    }

    private void answer(long question, Optional<String> found) {
        if (question == asked) {
            problem = found;
            onAnswer.run();
        }
    }
}
