package org.openmom.admin.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveredServer;
import org.openmom.admin.DiscoveryCriteria;

/** Finds running servers for the Explorer's connect dialog (implementation follows the public API). */
public final class Discovery {
    private Discovery() {}

    public static CompletableFuture<List<DiscoveredServer>> discover(DiscoveryCriteria criteria, AdminOptions options) {
        return CompletableFuture.completedFuture(List.of());
    }
}
