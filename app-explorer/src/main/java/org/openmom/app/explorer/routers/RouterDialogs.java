package org.openmom.app.explorer.routers;

import java.nio.file.Path;
import java.util.Optional;
import org.openmom.admin.RouterInfo;

/** The questions the router commands ask the person; the window shows them, tests answer them. */
public interface RouterDialogs {
    /** The "Create … Router" dialog; true when the person pressed Create (the model holds the router). */
    boolean askRouter(RouterDialogModel model);

    /** True when the person confirms deleting {@code router} from {@code serverLabel}. */
    boolean confirmDeleteRouter(String serverLabel, RouterInfo router);

    /** The routes file to open; empty when cancelled. */
    Optional<Path> chooseRoutesFileToOpen(Path proposed);

    /** The routes file to save to; empty when cancelled. */
    Optional<Path> chooseRoutesFileToSave(Path proposed);

    /** Something that failed, shown whole (a server's refusal, a file's problems). */
    void showError(String title, String message);
}
