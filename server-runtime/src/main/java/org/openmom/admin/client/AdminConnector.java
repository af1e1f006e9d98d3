package org.openmom.admin.client;

import java.util.concurrent.CompletableFuture;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.client.ServerAddress;

/** Opens admin sessions (implementation follows the public API). */
public final class AdminConnector {
    private AdminConnector() {}

    public static CompletableFuture<AdminSession> connect(ServerAddress address, AdminOptions options) {
        return CompletableFuture.failedFuture(new AdminException(address + ": administration is not available yet"));
    }
}
