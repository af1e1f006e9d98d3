package org.openmom.home;

import java.util.List;

/** A running server as recorded under {@code run/}: what probing clients and the Explorer read. */
public record RunningServer(String name, int role, long pid, List<String> protocols, List<String> endpoints) {
    /** The local endpoint name, if the server listens on the local protocol. */
    public String localEndpoint() {
        for (String endpoint : endpoints) {
            if (endpoint.startsWith("ncalrpc:")) {
                return endpoint.substring("ncalrpc:".length());
            }
        }
        return null;
    }

    /** The TCP port, or -1. */
    public int tcpPort() {
        for (String endpoint : endpoints) {
            if (endpoint.startsWith("ncacn_ip_tcp:")) {
                return Integer.parseInt(endpoint.substring("ncacn_ip_tcp:".length()));
            }
        }
        return -1;
    }
}
