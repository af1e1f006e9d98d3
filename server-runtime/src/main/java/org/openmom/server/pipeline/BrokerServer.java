package org.openmom.server.pipeline;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.openmom.model.ProtocolSequence;
import org.openmom.server.Broker;
import org.openmom.transport.AutomaticPorts;
import org.openmom.transport.NettyTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker listening on its protocol sequences; each accepted connection gets the
 * {@link ConnectionPipeline}.
 */
public final class BrokerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerServer.class);

    private final Broker broker;
    private final ServerSettings settings;
    private final ConnectionPipeline pipeline;
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final RunningServers registry;
    private final List<Channel> listeners = new ArrayList<>();
    /** Every accepted connection, closed explicitly on stop so each peer learns at once. */
    private final ChannelGroup connections = new DefaultChannelGroup("openmom-connections", GlobalEventExecutor.INSTANCE);
    private final List<BoundEndpoint> endpoints = new ArrayList<>();
    private Path socket;
    private boolean closed;

    private BrokerServer(Broker broker, ServerSettings settings, Administration admin, SslContext tls) {
        this.broker = broker;
        this.settings = settings;
        this.pipeline = new ConnectionPipeline(broker, settings, admin, tls);
        this.acceptors = NettyTransport.newGroup(1, "openmom-accept");
        this.workers = NettyTransport.newGroup(settings.ioThreads(), "openmom-io");
        this.registry = new RunningServers(settings.home().run());
    }

    /** Binds every protocol of the settings and records the server under run/. */
    public static BrokerServer start(Broker broker, ServerSettings settings) throws ServerStartException {
        return start(broker, settings, null);
    }

    /**
     * As above, with administration: administration services may register (locally, or over
     * TCP with the settings' admin secret) and use the ADMIN_* frames.
     *
     * @param admin null: every administration registration is refused
     */
    public static BrokerServer start(Broker broker, ServerSettings settings, Administration admin) throws ServerStartException {
        SslContext tls = settings.tls() == null ? null : settings.tls().context();
        broker.setMemoryBound(settings.memoryBound());
        BrokerServer server = new BrokerServer(broker, settings, admin, tls);
        try {
            if (settings.protocols().contains(ProtocolSequence.LOCAL)) {
                server.bindLocal();
            }
            if (settings.protocols().contains(ProtocolSequence.TCP)) {
                server.bindTcp();
            }
            server.record();
        } catch (ServerStartException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public Broker broker() {
        return broker;
    }

    public List<BoundEndpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /** The TCP port listened on, or -1. */
    public int tcpPort() {
        for (BoundEndpoint endpoint : endpoints) {
            if (endpoint.protocol() == ProtocolSequence.TCP) {
                return Integer.parseInt(endpoint.endpoint());
            }
        }
        return -1;
    }

    private ServerBootstrap bootstrap(boolean local) {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(NettyTransport.serverChannel(local))
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        connections.add(channel);
                        pipeline.install(channel, local);
                    }
                });
        if (!local) {
            bootstrap.childOption(ChannelOption.TCP_NODELAY, true);
            bootstrap.option(ChannelOption.SO_REUSEADDR, true);
        }
        return bootstrap;
    }

    private void bindTcp() throws ServerStartException {
        Integer wanted = settings.tcpPort();
        if (wanted != null) {
            if (!tryBindTcp(wanted)) {
                throw new ServerStartException(settings.tcpHost() + ":" + wanted
                        + ": cannot listen (port in use or not allowed) — choose another endpoint with -e, or none for automatic");
            }
            return;
        }
        for (int port = AutomaticPorts.FIRST; port <= AutomaticPorts.LAST; port++) {
            if (tryBindTcp(port)) {
                return;
            }
        }
        throw new ServerStartException(settings.tcpHost() + ": no free TCP port in " + AutomaticPorts.RANGE
                + " — stop a server or give an endpoint with -e");
    }

    private boolean tryBindTcp(int port) {
        try {
            Channel channel = bootstrap(false).bind(new InetSocketAddress(settings.tcpHost(), port)).sync().channel();
            listeners.add(channel);
            int bound = ((InetSocketAddress) channel.localAddress()).getPort();
            endpoints.add(new BoundEndpoint(ProtocolSequence.TCP, Integer.toString(bound)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception bindFailed) {
            LOG.debug("port {} not available: {}", port, bindFailed.toString());
            return false;
        }
    }

    private void bindLocal() throws ServerStartException {
        String name = settings.effectiveLocalName();
        Path path = registry.socketOf(name);
        try {
            RunningServers.ensureRunFolder(settings.home().run());
            if (registry.find(name).isPresent()) {
                throw new ServerStartException(path + ": a server " + name + " is already running — stop it or choose another name/role");
            }
            // a socket file left by a crashed server
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new ServerStartException(settings.home().run() + ": cannot prepare the local socket folder (" + e.getMessage() + ") — check OPENMOM_HOME");
        }
        try {
            Channel channel = bootstrap(true).bind(NettyTransport.localAddress(path)).sync().channel();
            listeners.add(channel);
            socket = path;
            endpoints.add(new BoundEndpoint(ProtocolSequence.LOCAL, name));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException(path + ": interrupted while binding");
        } catch (Exception e) {
            throw new ServerStartException(path + ": cannot listen on the local socket (" + e.getMessage() + ")");
        }
    }

    private void record() throws ServerStartException {
        List<String> protocols = new ArrayList<>();
        List<String> bound = new ArrayList<>();
        for (BoundEndpoint endpoint : endpoints) {
            protocols.add(endpoint.protocol().fileName());
            bound.add(endpoint.toString());
        }
        try {
            registry.record(settings.effectiveLocalName(), new RunningServer(broker.identity().name(),
                    broker.identity().role(), ProcessHandle.current().pid(), protocols, bound));
        } catch (IOException e) {
            throw new ServerStartException(settings.home().run() + ": cannot record the running server (" + e.getMessage() + ")");
        }
    }

    /** Stops listening, drops every connection and removes the run/ entries. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly();
        }
        connections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        if (!endpoints.isEmpty()) {
            registry.remove(settings.effectiveLocalName());
        }
        if (socket != null) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", socket, e.toString());
            }
        }
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
