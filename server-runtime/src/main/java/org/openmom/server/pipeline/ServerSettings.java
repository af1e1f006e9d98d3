package org.openmom.server.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ByteSize;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.server.Broker;
import org.openmom.server.SeedPages;
import org.openmom.transport.AutomaticPorts;
import org.openmom.wire.WireCodec;

/**
 * How a server listens.
 *
 * @param protocols     {@link ProtocolSequence#TCP} and/or {@link ProtocolSequence#LOCAL}
 * @param tcpHost       the address to bind TCP to
 * @param tcpPort       null: first free port of {@link AutomaticPorts}; 0: any free port
 * @param localName     the local endpoint name; null: {@code NAME.ROLE}
 * @param heartbeatMillis PING after this much write silence; peers silent 3× as long are dropped
 * @param adminSecret   what a TCP administration service must give to register; null: TCP
 *                      administration is refused (local administration is always allowed:
 *                      the run folder's permissions decide who reaches the socket)
 * @param memoryBound   bytes of messages the broker may hold before it slows and refuses senders
 * @param limits        what peers may hold before they register, and connections at once
 * @param tls           TLS for TCP connections; null: plain TCP
 * @param pageQuota     bytes the page files of waiting persistent messages may take on disk; past it such posts are refused
 */
public record ServerSettings(
        ServerIdentity identity,
        OpenMomHome home,
        Set<ProtocolSequence> protocols,
        String tcpHost,
        Integer tcpPort,
        String localName,
        long heartbeatMillis,
        long helloTimeoutMillis,
        int maxFrameSize,
        int ioThreads,
        String adminSecret,
        long memoryBound,
        ConnectionLimits limits,
        ServerTls tls,
        long pageQuota) {
    public ServerSettings {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(home, "home");
        protocols = Set.copyOf(protocols);
    }

    public static ServerSettings defaults(ServerIdentity identity, OpenMomHome home) {
        return new ServerSettings(identity, home, EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL),
                "0.0.0.0", null, null, 10_000, 10_000, WireCodec.DEFAULT_MAX_FRAME_SIZE,
                Math.max(2, Runtime.getRuntime().availableProcessors()), null, Broker.defaultMemoryBound(),
                ConnectionLimits.defaults(), null, SeedPages.DEFAULT_QUOTA);
    }

    public ServerSettings withProtocols(Set<ProtocolSequence> value) {
        return new ServerSettings(identity, home, value, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withTcp(String host, Integer port) {
        return new ServerSettings(identity, home, protocols, host, port, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withLocalName(String value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, value, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withTimeouts(long heartbeat, long helloTimeout) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeat, helloTimeout, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withMaxFrameSize(int value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, value, ioThreads, adminSecret, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withAdminSecret(String value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, value, memoryBound, limits, tls, pageQuota);
    }

    public ServerSettings withMemoryBound(long value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, value, limits, tls, pageQuota);
    }

    public ServerSettings withLimits(ConnectionLimits value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, value, tls, pageQuota);
    }

    public ServerSettings withTls(ServerTls value) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, value, pageQuota);
    }

    public ServerSettings withPageQuota(long bytes) {
        return new ServerSettings(identity, home, protocols, tcpHost, tcpPort, localName, heartbeatMillis, helloTimeoutMillis, maxFrameSize, ioThreads, adminSecret, memoryBound, limits, tls, bytes);
    }

    /** Whether TCP listens on the loopback interface only, so that only this machine reaches it. */
    public boolean listensOnLoopbackOnly() {
        try {
            return InetAddress.getByName(tcpHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public String effectiveLocalName() {
        return localName == null || localName.isBlank() ? identity.localName() : localName;
    }

    /** Never shows the admin secret (settings get logged). */
    @Override
    public String toString() {
        return "ServerSettings[" + identity + ", protocols=" + protocols + ", tcp=" + tcpHost + ":" + tcpPort
                + (tls == null ? "" : " with " + tls) + ", local=" + effectiveLocalName() + ", heartbeat=" + heartbeatMillis + " ms, memoryBound=" + ByteSize.format(memoryBound) + ", pageQuota=" + ByteSize.format(pageQuota) + ", adminSecret="
                + (adminSecret == null ? "none" : "***") + "]";
    }
}
