package org.openmom.server.activation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.openmom.model.ProtocolSequence;
import org.openmom.server.pipeline.BoundEndpoint;
import org.openmom.server.pipeline.ServerSettings;

/**
 * The address an activated program is given as {@code OPENMOM_SERVER}, as {@code --server}
 * takes it: the local endpoint when the server has one (same machine, no TLS to trust), else its
 * TCP port on the address it listens on (the loopback when it listens on every address).
 */
public final class ProgramAddress {
    private ProgramAddress() {}

    public static String of(List<BoundEndpoint> endpoints, ServerSettings settings) {
        for (BoundEndpoint endpoint : endpoints) {
            if (endpoint.protocol() == ProtocolSequence.LOCAL) {
                return "local:" + endpoint.endpoint();
            }
        }
        for (BoundEndpoint endpoint : endpoints) {
            if (endpoint.protocol() == ProtocolSequence.TCP) {
                return host(settings.tcpHost()) + ":" + endpoint.endpoint();
            }
        }
        throw new IllegalStateException("the server listens on no endpoint");
    }

    private static String host(String bound) {
        try {
            return InetAddress.getByName(bound).isAnyLocalAddress() ? "127.0.0.1" : bound;
        } catch (UnknownHostException e) {
            return bound;
        }
    }
}
