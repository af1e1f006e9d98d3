package org.openmom.app.common.problem;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.openmom.app.common.shell.Icons;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.icons.OpenMomIcon;

/**
 * The errors and warnings of a document, one per line with the place and the fix; choosing
 * one tells the editor to select the element it is about.
 */
public final class ProblemsPane extends BorderPane {
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ListView<Problem> list = new ListView<>(problems);
    private final Label header = new Label();

    public ProblemsPane(ObservableValue<? extends ParseResult<?>> results, Consumer<Problem> onChoose) {
        getStyleClass().add("problems-pane");
        header.getStyleClass().add("pane-header");
        list.setId("problems");
        list.setPlaceholder(new Label("No problems"));
        list.setCellFactory(view -> new ProblemCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                onChoose.accept(chosen);
            }
        });
        setTop(header);
        setCenter(list);
        show(results.getValue());
        results.addListener((o, before, now) -> show(now));
    }

    public ObservableList<Problem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    private void show(ParseResult<?> result) {
        problems.setAll(result == null ? java.util.List.of() : result.problems());
        long errors = problems.stream().filter(Problem::isError).count();
        header.setText("Problems: " + errors + (errors == 1 ? " error, " : " errors, ")
                + (problems.size() - errors) + (problems.size() - errors == 1 ? " warning" : " warnings"));
        header.setGraphic(problems.isEmpty() ? null : Icons.small(errors > 0 ? OpenMomIcon.ERROR : OpenMomIcon.WARNING));
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText("line " + problem.line() + ":" + problem.column() + "  " + problem.message() + " — " + problem.fix());
            setGraphic(Icons.small(problem.isError() ? OpenMomIcon.ERROR : OpenMomIcon.WARNING));
            setTooltip(new Tooltip(problem.format()));
        }
    }
}
