package org.openmom.app.common.problem;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.openmom.app.common.shell.Icons;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.Severity;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link ProblemsModel} in {@code ProblemsPane.fxml}: one problem per line, with its place and fix. */
public final class ProblemsPaneController {
    @FXML
    private Label header;
    @FXML
    private ListView<Problem> problems;

    @FXML
    private void initialize() {
        problems.setCellFactory(view -> new ProblemCell());
    }

    public void show(ProblemsModel model) {
        problems.setItems(model.problems());
        header.textProperty().bind(model.summaryProperty());
        showWorst(model.worstProperty().get());
        model.worstProperty().addListener((o, before, now) -> showWorst(now));
        problems.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                model.choose(chosen);
            }
        });
    }

    private void showWorst(Severity worst) {
        header.setGraphic(worst == null ? null : Icons.small(icon(worst)));
    }

    private static OpenMomIcon icon(Severity severity) {
        return severity == Severity.ERROR ? OpenMomIcon.ERROR : OpenMomIcon.WARNING;
    }

    /** One problem, wrapped at the pane's width so that its fix is never cut off. */
    private static final class ProblemCell extends ListCell<Problem> {
        ProblemCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

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
            setGraphic(Icons.small(icon(problem.severity())));
            setTooltip(new Tooltip(problem.format()));
        }
    }
}
