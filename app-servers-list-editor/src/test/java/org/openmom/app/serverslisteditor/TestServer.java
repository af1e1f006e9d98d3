package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.EnumSet;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;

/** A real OpenMOM server on the local protocol, in this JVM, recorded in {@code home}'s registry. */
final class TestServer implements AutoCloseable {
    private final OpenMomServer server;

    private TestServer(OpenMomServer server) {
        this.server = server;
    }

    static TestServer startLocal(Path home) throws Exception {
        ServerSettings settings = ServerSettings.defaults(new ServerIdentity("Editor" + ProcessHandle.current().pid(), 1),
                new OpenMomHome(home)).withProtocols(EnumSet.of(ProtocolSequence.LOCAL));
        return new TestServer(OpenMomServer.start(settings, null, null));
    }

    @Override
    public void close() {
        server.close();
    }
}
