package org.openmom.app.explorer;

import org.openmom.admin.AdminOptions;
import org.openmom.app.explorer.connect.ConnectRequest;

/**
 * How an Explorer window starts.
 *
 * @param options    how it connects (user, OPENMOM_HOME, secret, timeouts)
 * @param initial    the servers to connect to at once, or null to start unconnected
 * @param live       whether live mode starts on
 */
public record ExplorerSettings(AdminOptions options, ConnectRequest initial, boolean live) {}
