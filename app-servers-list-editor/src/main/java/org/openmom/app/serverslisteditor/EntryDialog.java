package org.openmom.app.serverslisteditor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.form.ValidatedForm;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.NameRules;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** The guide's entry fields, Service Name and User Name, checked as they are typed. */
final class EntryDialog extends Dialog<EntryNames> {
    private final ValidatedForm form = new ValidatedForm();
    private final TextField serviceName = form.addTextField("Service Name", "service-name",
            "The service for which the entry is created. It can be *, or end with * (CHAT*).");
    private final TextField userName = form.addTextField("User Name", "user-name",
            "The service's user for which the entry is created. It can be *.");

    EntryDialog(Window owner, String title, EntryNames initial) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        setGraphic(Icons.view(OpenMomIcon.ENTRY, IconSize.LARGE));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        AppShell.applyTheme(getDialogPane().getScene());
        serviceName.setText(initial.serviceName());
        userName.setText(initial.userName());
        serviceName.textProperty().addListener((o, a, b) -> validate());
        userName.textProperty().addListener((o, a, b) -> validate());
        validate();
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? names() : null);
        Platform.runLater(serviceName::requestFocus);
    }

    private EntryNames names() {
        return new EntryNames(serviceName.getText().strip(), userName.getText().strip());
    }

    private void validate() {
        List<Finding> findings = new ArrayList<>();
        EntryNames names = names();
        NameRules.checkName(names.serviceName(), "service name", ElementRef.of(0), 0, findings);
        NameRules.checkName(names.userName(), "user name", ElementRef.of(0), 1, findings);
        Map<Control, String> messages = new HashMap<>();
        for (Finding finding : findings) {
            messages.putIfAbsent(finding.field() == 0 ? serviceName : userName, finding.message() + " — " + finding.fix());
        }
        form.showProblems(messages);
    }
}
