package org.openmom.admin.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.DiscoveredServer;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.client.ServerAddress;

/**
 * Entry point of administration: connect to one server as an Administration Service, or find
 * every running server matching the Explorer's connect-dialog criteria.
 *
 * <pre>{@code
 * AdminOptions options = AdminOptions.of("alice").withSecretFile(secretFile);
 * AdminClient.discover(DiscoveryCriteria.defaults(), options).thenAccept(found -> {
 *     for (DiscoveredServer server : found) {
 *         if (server.isReachable()) {
 *             AdminClient.connect(server.address(), options).thenCompose(AdminSession::snapshot) …
 *         } else {
 *             show(server.error());
 *         }
 *     }
 * });
 * }</pre>
 */
public final class AdminClient {
    private AdminClient() {}

    /**
     * Connects to the server at {@code address} and registers as (ADMIN, user) with
     * {@code admin=true}. An address with an automatic endpoint ({@code *}) connects to the
     * first matching server (use {@link #discover} to reach every one).
     *
     * @return completes with the session, or fails with {@link AdminException}: unreachable
     *     (naming host:port), refused (a TCP connection without the right admin secret, with
     *     how to enable TCP administration), or no server matching the wanted name/role
     */
    public static CompletableFuture<AdminSession> connect(ServerAddress address, AdminOptions options) {
        return AdminConnector.connect(address, options);
    }

    /**
     * Every running server matching {@code criteria} (DESIGN §4): with host {@code *} the
     * declarations of the Servers List entries matching service ADMIN (and {@code options.user()}),
     * filtered by the other fields; otherwise the given host, protocol and endpoint. Automatic
     * endpoints are probed (TCP ports 7410–7429, the local registry under {@code run/}) and
     * only answering servers whose name and role match are returned; an explicit endpoint that
     * does not answer is returned with its error. Never fails: problems become entries.
     */
    public static CompletableFuture<List<DiscoveredServer>> discover(DiscoveryCriteria criteria, AdminOptions options) {
        return Discovery.discover(criteria, options);
    }
}
