package org.openmom.admin;

import org.openmom.client.ServerAddress;

/**
 * A server the discovery found, or an explicit declaration that did not answer. Automatic
 * endpoints that do not answer are skipped (nothing runs there); an explicit endpoint (a
 * Servers List declaration or the dialog's End Point) that fails is reported so the Explorer
 * can show the per-server error.
 *
 * @param address a concrete address (TCP host and port, or {@code local:NAME.ROLE}) to give
 *                {@link org.openmom.admin.client.AdminClient#connect}
 * @param name    the server's name, or null when it did not answer
 * @param role    the server's role, or 0 when it did not answer
 * @param error   one line naming the address and the cause when it did not answer, else null
 */
public record DiscoveredServer(ServerAddress address, String name, int role, String error) {
    public static DiscoveredServer found(ServerAddress address, String name, int role) {
        return new DiscoveredServer(address, name, role, null);
    }

    public static DiscoveredServer failed(ServerAddress address, String error) {
        return new DiscoveredServer(address, null, 0, error);
    }

    public boolean isReachable() {
        return error == null;
    }

    /** {@code NAME/ROLE at ADDRESS}, or the address alone. */
    public String label() {
        return name == null ? address.toString() : name + "/" + role + " at " + address;
    }
}
