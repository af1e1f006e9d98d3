package org.openmom.server.pipeline;

import org.openmom.model.ProtocolSequence;

/** Where a running server listens: {@code ncacn_ip_tcp:7410} or {@code ncalrpc:NAME.ROLE}. */
public record BoundEndpoint(ProtocolSequence protocol, String endpoint) {
    @Override
    public String toString() {
        return protocol.fileName() + ":" + endpoint;
    }
}
