package org.openmom.admin;

import org.openmom.model.ProtocolSequence;

/**
 * One protocol sequence a server listens on, with its endpoint.
 *
 * @param protocol {@link ProtocolSequence#TCP} or {@link ProtocolSequence#LOCAL}
 * @param endpoint the TCP port or the local name ({@code NAME.ROLE})
 */
public record EndpointInfo(ProtocolSequence protocol, String endpoint) {
    @Override
    public String toString() {
        return protocol.fileName() + ":" + endpoint;
    }
}
