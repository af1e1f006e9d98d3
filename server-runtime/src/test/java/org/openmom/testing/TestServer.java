package org.openmom.testing;

import java.nio.file.Path;
import java.util.EnumSet;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.server.Broker;
import org.openmom.server.MessageStore;
import org.openmom.server.Reflexes;
import org.openmom.server.pipeline.BrokerServer;
import org.openmom.server.pipeline.ServerSettings;

/** A real server in this JVM on loopback (port 0 read back) and a local socket under a temp home. */
public final class TestServer implements AutoCloseable {
    public final BrokerServer server;
    public final OpenMomHome home;

    private TestServer(BrokerServer server, OpenMomHome home) {
        this.server = server;
        this.home = home;
    }

    public static TestServer start(Path homeDir, String name) throws Exception {
        return start(homeDir, name, 10_000, MessageStore.NONE);
    }

    public static TestServer start(Path homeDir, String name, long heartbeatMillis, MessageStore store) throws Exception {
        return start(homeDir, name, heartbeatMillis, store, 0);
    }

    /** On a given TCP port (0: any), e.g. to restart a server where its clients expect it. */
    public static TestServer start(Path homeDir, String name, long heartbeatMillis, MessageStore store, int port) throws Exception {
        OpenMomHome home = new OpenMomHome(homeDir);
        ServerSettings settings = ServerSettings.defaults(new ServerIdentity(name, 1), home)
                .withProtocols(EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL))
                .withTcp("127.0.0.1", port)
                .withTimeouts(heartbeatMillis, Math.min(2 * heartbeatMillis, 2_000))
                .withMaxFrameSize(64 * 1024);
        Broker broker = new Broker(settings.identity(), Reflexes.NONE, store);
        return new TestServer(BrokerServer.start(broker, settings), home);
    }

    public Broker broker() {
        return server.broker();
    }

    public ServerAddress tcp() {
        return ServerAddress.tcp("127.0.0.1", server.tcpPort());
    }

    public ServerAddress local() {
        return ServerAddress.local(server.broker().identity().localName());
    }

    public int port() {
        return server.tcpPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
