package org.openmom.app.explorer;

import java.util.Optional;
import org.openmom.app.explorer.activations.ActivationDialogs;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.profiles.ProfileDialogs;
import org.openmom.app.explorer.routers.RouterDialogs;
import org.openmom.app.explorer.send.TestMessage;
import org.openmom.app.explorer.transfer.ExportImportCommands;
import org.openmom.model.ServiceUser;

/** The questions the Explorer asks the person; the model asks, the window shows. */
public interface ExplorerDialogs extends RouterDialogs, ProfileDialogs, ExportImportCommands.MessageFileDialogs, ActivationDialogs {
    /** The connect dialog, filled with the last request; empty when cancelled. */
    Optional<ConnectRequest> askConnect(ConnectRequest last);

    /** True when the person confirms {@code question} with the button {@code confirmText}. */
    boolean confirm(String title, String question, String confirmText);

    /** Move to… ({@code keep} false) or Copy to… ({@code keep} true): the service/user the messages go to; empty when cancelled. */
    Optional<ServiceUser> askTarget(boolean keep, String question, ServiceUser last);

    /** True when the person confirms deleting what {@code what} describes. */
    boolean confirmDelete(String what);

    /** The "Send test message" dialog for {@code serverLabel}; empty when cancelled. */
    Optional<TestMessage> askTestMessage(String serverLabel, TestMessage last);

    void showAbout();
}
