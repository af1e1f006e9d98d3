package org.openmom.admin.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;
import org.openmom.admin.EndpointInfo;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.Status;
import org.openmom.model.ServerIdentity;

/** What a server says about itself: identity, host, process, version, start time, endpoints. */
public final class ServerFacts {
    private final ServerIdentity identity;
    private final String host;
    private final long pid;
    private final String version;
    private final long startedAt;
    private final Supplier<List<EndpointInfo>> endpoints;

    /** @param endpoints read at each snapshot: the listeners are bound after the broker exists */
    public ServerFacts(ServerIdentity identity, Supplier<List<EndpointInfo>> endpoints) {
        this.identity = identity;
        this.host = hostName();
        this.pid = ProcessHandle.current().pid();
        String implementation = ServerFacts.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "development build" : implementation;
        this.startedAt = System.currentTimeMillis();
        this.endpoints = endpoints;
    }

    public ServerInfo info(boolean enabled) {
        long now = System.currentTimeMillis();
        return new ServerInfo(identity.name(), identity.role(), host, pid, version, Status.of(enabled), endpoints.get(),
                startedAt, now - startedAt);
    }

    public ServerIdentity identity() {
        return identity;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
