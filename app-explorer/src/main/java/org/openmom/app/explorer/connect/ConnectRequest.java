package org.openmom.app.explorer.connect;

import org.openmom.admin.DiscoveryCriteria;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * What the connect dialog asks for: which servers, and the admin secret TCP connections need.
 *
 * @param criteria the guide's fields (Server, Role, Host, Protocol Sequence, End Point)
 * @param secret   the servers' admin secret, or null (the local protocol needs none)
 * @param readOnly whether the servers are only looked at: every changing action disabled
 */
public record ConnectRequest(DiscoveryCriteria criteria, String secret, boolean readOnly) {
    /** A request to connect with every action offered. */
    public ConnectRequest(DiscoveryCriteria criteria, String secret) {
        this(criteria, secret, false);
    }

    /** The guide's defaults: every server of the Servers List entries for ADMIN. */
    public static ConnectRequest defaults() {
        return new ConnectRequest(DiscoveryCriteria.defaults(), null);
    }

    /** The servers at {@code where} ({@code *} for any name, role, host or endpoint); a blank secret is none. */
    public static ConnectRequest of(ServerLocator where, String secret) {
        DiscoveryCriteria criteria = new DiscoveryCriteria(where.serverName(), where.roleNumber().orElse(0), where.networkAddress(),
                where.protocolSequence().orElse(ProtocolSequence.ALL), where.endpoint());
        return new ConnectRequest(criteria, secret == null || secret.isBlank() ? null : secret.strip());
    }

    /** The same servers, only looked at ({@code true}) or not. */
    public ConnectRequest readOnly(boolean value) {
        return new ConnectRequest(criteria, secret, value);
    }

    /** Which servers, as the address form shows them. */
    public ServerLocator where() {
        return new ServerLocator(criteria.host(), criteria.protocol().fileName(), criteria.endpoint(), criteria.serverName(),
                criteria.role() == 0 ? ServerLocator.ANY : Integer.toString(criteria.role()));
    }
}
