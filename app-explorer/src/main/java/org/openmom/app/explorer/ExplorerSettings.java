package org.openmom.app.explorer;

import java.nio.file.Path;
import org.openmom.admin.AdminOptions;
import org.openmom.app.explorer.connect.ConnectRequest;

/**
 * How an Explorer window starts.
 *
 * @param options    how it connects (user, OPENMOM_HOME, secret, timeouts)
 * @param initial    the servers to connect to at once, or null to start unconnected
 * @param live       whether live mode starts on
 * @param profile    a connection profile whose servers to connect to at once, or null
 */
public record ExplorerSettings(AdminOptions options, ConnectRequest initial, boolean live, Path profile) {
    /** Settings without a profile. */
    public ExplorerSettings(AdminOptions options, ConnectRequest initial, boolean live) {
        this(options, initial, live, null);
    }
}
