package org.openmom.admin;

import org.openmom.model.NamePattern;
import org.openmom.model.ProtocolSequence;

/**
 * The fields of the Explorer's connect dialog (guide: "Connect a set of OpenMOM servers").
 *
 * @param serverName the server name; {@code *} (or blank) matches every name, wildcards allowed
 * @param role       the server role; 0 matches every role
 * @param host       a host name or address; {@code *} (or blank): use the Servers List entries
 *                   matching service ADMIN, the other fields then filtering its declarations
 * @param protocol   {@link ProtocolSequence#ALL} (blank): with a host, try local (when the host
 *                   is this machine) then TCP; with {@code *}, the protocols of the Servers List
 * @param endpoint   a TCP port or local name; {@code *} (or blank): found automatically
 *                   (TCP ports 7410–7429, the local registry under {@code run/})
 */
public record DiscoveryCriteria(String serverName, int role, String host, ProtocolSequence protocol, String endpoint) {
    public DiscoveryCriteria {
        serverName = blankToWildcard(serverName);
        host = blankToWildcard(host);
        endpoint = blankToWildcard(endpoint);
        protocol = protocol == null ? ProtocolSequence.ALL : protocol;
        if (role < 0) {
            throw new IllegalArgumentException("server role must be 0 (any) or more, not " + role);
        }
    }

    /** The dialog's defaults: every server of the Servers List entries for ADMIN. */
    public static DiscoveryCriteria defaults() {
        return new DiscoveryCriteria("*", 0, "*", ProtocolSequence.ALL, "*");
    }

    public boolean usesServersList() {
        return host.equals(NamePattern.WILDCARD);
    }

    public boolean hasAutomaticEndpoint() {
        return endpoint.equals(NamePattern.WILDCARD);
    }

    private static String blankToWildcard(String text) {
        return text == null || text.isBlank() ? NamePattern.WILDCARD : text.trim();
    }
}
