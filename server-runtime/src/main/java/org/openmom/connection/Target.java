package org.openmom.connection;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.openmom.model.NamePattern;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.transport.AutomaticPorts;
import org.openmom.transport.NettyTransport;

/**
 * One concrete place to try: a socket address, derived from a (possibly automatic) declaration
 * that also names the server wanted there.
 */
public record Target(SocketAddress socket, boolean local, ServerAddress declared, String label) {
    /**
     * The concrete places a declaration stands for (DESIGN.md §4): an automatic TCP endpoint is
     * the port range, an automatic local one the registry of running servers; protocol {@code *}
     * tries local first when the host is this machine, then TCP.
     */
    public static List<Target> expand(ServerAddress address, OpenMomHome home) {
        List<Target> targets = new ArrayList<>();
        ProtocolSequence protocol = address.protocol();
        boolean thisMachine = isThisMachine(address.host());
        if (protocol == ProtocolSequence.LOCAL || (protocol == ProtocolSequence.ALL && thisMachine)) {
            addLocal(address, home, targets);
        }
        if (protocol == ProtocolSequence.TCP || protocol == ProtocolSequence.ALL) {
            String host = address.host().equals("*") ? "127.0.0.1" : address.host();
            if (address.hasAutomaticEndpoint()) {
                for (int port = AutomaticPorts.FIRST; port <= AutomaticPorts.LAST; port++) {
                    targets.add(tcp(address, host, port));
                }
            } else {
                targets.add(tcp(address, host, Integer.parseInt(address.endpoint())));
            }
        }
        return targets;
    }

    /** The host of a TCP target. */
    public String host() {
        return ((InetSocketAddress) socket).getHostString();
    }

    /** The port of a TCP target. */
    public int port() {
        return ((InetSocketAddress) socket).getPort();
    }

    /** The same place, taking whichever server answers there (discovery sorts the answers out). */
    public Target anyServer() {
        return new Target(socket, local, new ServerAddress(declared.protocol(), declared.host(), declared.endpoint(),
                NamePattern.WILDCARD, 0), label);
    }

    private static Target tcp(ServerAddress address, String host, int port) {
        return new Target(InetSocketAddress.createUnresolved(host, port), false, address, host + ":" + port);
    }

    private static void addLocal(ServerAddress address, OpenMomHome home, List<Target> targets) {
        RunningServers registry = new RunningServers(home.run());
        if (!address.hasAutomaticEndpoint()) {
            targets.add(local(address, registry, address.endpoint()));
            return;
        }
        for (RunningServer server : registry.list()) {
            if (server.localEndpoint() != null && address.accepts(server.name(), server.role())) {
                targets.add(local(address, registry, server.localEndpoint()));
            }
        }
    }

    private static Target local(ServerAddress address, RunningServers registry, String name) {
        return new Target(NettyTransport.localAddress(registry.socketOf(name)), true, address, "local:" + name);
    }

    private static boolean isThisMachine(String host) {
        if (host.equals("*") || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1")) {
            return true;
        }
        try {
            return host.equalsIgnoreCase(java.net.InetAddress.getLocalHost().getHostName());
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
