package org.openmom.app.common.problem;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.Severity;

/**
 * The problems pane without its controls: the errors and warnings of a document as it would be
 * saved, a summary line, and what happens when the person chooses one (the editor selects the
 * element it is about).
 */
public final class ProblemsModel {
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** The one read-only view handed out: it follows the list through a weak listener, so it must live as long as the list. */
    private final ObservableList<Problem> problemsShown = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyObjectWrapper<Severity> worst = new ReadOnlyObjectWrapper<>(this, "worst");
    private final Consumer<Problem> onChoose;

    public ProblemsModel(ObservableValue<? extends ParseResult<?>> results, Consumer<Problem> onChoose) {
        this.onChoose = onChoose;
        show(results.getValue());
        results.addListener((o, before, now) -> show(now));
    }

    public ObservableList<Problem> problems() {
        return problemsShown;
    }

    /** "Problems: 1 error, 2 warnings". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The severity of the worst problem, or null when there are none. */
    public ReadOnlyObjectProperty<Severity> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    /** The person chose {@code problem}. */
    public void choose(Problem problem) {
        onChoose.accept(problem);
    }

    private void show(ParseResult<?> result) {
        problems.setAll(result == null ? List.of() : result.problems());
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        summary.set("Problems: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        worst.set(errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : null);
    }
}
