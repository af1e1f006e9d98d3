package org.openmom.app.explorer;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.icons.OpenMomIcon;

/** Puts an Explorer in a window: the program, the demo and each test start here. */
public final class Explorer {
    static final String PROGRAM_NAME = "OpenMOM Explorer";

    private final ExplorerModel model;
    private final ExplorerWindowController window;

    private Explorer(ExplorerModel model, ExplorerWindowController window) {
        this.model = model;
        this.window = window;
    }

    public static Explorer show(Stage stage, ExplorerSettings settings) {
        return show(stage, settings, FileDialogs.nativeChoosers());
    }

    /** @param files the file choosers of Open and Save Routers File (tests answer them) */
    static Explorer show(Stage stage, ExplorerSettings settings, FileDialogs files) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        ExplorerModel model = new ExplorerModel(settings.options(), background, new FxExplorerDialogs(() -> stage, files));
        FxmlView<Parent, ExplorerWindowController> view = FxmlView.load(ExplorerWindowController.class);
        view.controller().show(model, stage::close);
        stage.setScene(new Scene(view.root()));
        stage.setTitle(PROGRAM_NAME);
        AppShell.decorate(stage, OpenMomIcon.APP_EXPLORER);
        stage.setOnHidden(event -> {
            model.close();
            background.close();
        });
        stage.show();
        model.liveProperty().set(settings.live());
        if (settings.initial() != null) {
            model.connect(settings.initial());
        }
        if (settings.profile() != null) {
            model.openProfile(settings.profile());
        }
        return new Explorer(model, view.controller());
    }

    ExplorerModel model() {
        return model;
    }

    ExplorerWindowController window() {
        return window;
    }
}
