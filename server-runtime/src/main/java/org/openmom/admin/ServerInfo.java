package org.openmom.admin;

import java.util.List;

/**
 * The identity and state of a server (the guide's "OpenMOM Server" node).
 *
 * @param name            server name
 * @param role            server role (1 or more)
 * @param host            the machine it runs on, as it names itself
 * @param pid             its process id
 * @param version         the OpenMOM version it runs
 * @param status          a disabled server does nothing but route messages
 * @param endpoints       every protocol sequence it listens on
 * @param startedAtMillis when it started, epoch milliseconds
 * @param uptimeMillis    how long it has been running when the snapshot was taken
 */
public record ServerInfo(
        String name,
        int role,
        String host,
        long pid,
        String version,
        Status status,
        List<EndpointInfo> endpoints,
        long startedAtMillis,
        long uptimeMillis) {
    public ServerInfo {
        endpoints = List.copyOf(endpoints);
    }

    /** {@code NAME/ROLE}, as servers are named in messages. */
    public String label() {
        return name + "/" + role;
    }
}
