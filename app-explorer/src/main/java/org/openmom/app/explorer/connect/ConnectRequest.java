package org.openmom.app.explorer.connect;

import org.openmom.admin.DiscoveryCriteria;

/**
 * What the connect dialog asks for: which servers, and the admin secret TCP connections need.
 *
 * @param criteria the guide's fields (Server, Role, Host, Protocol Sequence, End Point)
 * @param secret   the servers' admin secret, or null (the local protocol needs none)
 */
public record ConnectRequest(DiscoveryCriteria criteria, String secret) {
    /** The guide's defaults: every server of the Servers List entries for ADMIN. */
    public static ConnectRequest defaults() {
        return new ConnectRequest(DiscoveryCriteria.defaults(), null);
    }
}
