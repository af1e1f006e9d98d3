package org.openmom.app.explorer;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.icons.OpenMomIcon;

/** Puts an Explorer in a window: the program, the demo and each test start here. */
public final class Explorer {
    private final ExplorerModel model;
    private final ExplorerView view;

    private Explorer(ExplorerModel model, ExplorerView view) {
        this.model = model;
        this.view = view;
    }

    public static Explorer show(Stage stage, ExplorerSettings settings) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        ExplorerModel model = new ExplorerModel(settings.options(), background, new FxExplorerDialogs(() -> stage));
        ExplorerView view = new ExplorerView(model, stage::close);
        stage.setScene(new Scene(view, 1280, 760));
        stage.setTitle(ExplorerView.PROGRAM_NAME);
        AppShell.decorate(stage, OpenMomIcon.APP_EXPLORER);
        stage.getScene().getStylesheets().add(Explorer.class.getResource("explorer.css").toExternalForm());
        stage.setOnHidden(event -> {
            model.close();
            background.close();
        });
        stage.show();
        model.liveProperty().set(settings.live());
        if (settings.initial() != null) {
            model.connect(settings.initial());
        }
        return new Explorer(model, view);
    }

    ExplorerModel model() {
        return model;
    }

    ExplorerView view() {
        return view;
    }
}
