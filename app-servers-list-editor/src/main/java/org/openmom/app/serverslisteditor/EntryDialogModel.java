package org.openmom.app.serverslisteditor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.NameRules;
import org.openmom.serverslist.ServersListEntry;

/** The entry dialog without its controls: the guide's Service Name and User Name, checked by the file's rules as typed. */
final class EntryDialogModel {
    private final String title;
    private final FormField<String> serviceName;
    private final FormField<String> userName;
    private final Form form;

    EntryDialogModel(String title, EntryNames initial) {
        this.title = title;
        serviceName = new FormField<>("Service Name", initial.serviceName(),
                "The service for which the entry is created. It can be *, or end with * (CHAT*).");
        userName = new FormField<>("User Name", initial.userName(), "The service's user for which the entry is created. It can be *.");
        form = new Form(this::problems, List.of(serviceName, userName));
        form.check();
    }

    String title() {
        return title;
    }

    FormField<String> serviceName() {
        return serviceName;
    }

    FormField<String> userName() {
        return userName;
    }

    ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    EntryNames value() {
        return new EntryNames(serviceName.value().strip(), userName.value().strip());
    }

    private Map<FormField<?>, String> problems() {
        List<Finding> findings = new ArrayList<>();
        EntryNames names = value();
        NameRules.checkName(names.serviceName(), "service name", ElementRef.of(0), ServersListEntry.SERVICE_NAME, findings);
        NameRules.checkName(names.userName(), "user name", ElementRef.of(0), ServersListEntry.USER_NAME, findings);
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        for (Finding finding : findings) {
            problems.putIfAbsent(finding.field() == ServersListEntry.SERVICE_NAME ? serviceName : userName,
                    finding.message() + " — " + finding.fix());
        }
        return problems;
    }
}
