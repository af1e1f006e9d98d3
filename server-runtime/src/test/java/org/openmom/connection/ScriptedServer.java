package org.openmom.connection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.ServerAddress;
import org.openmom.testing.RawPeer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** A listening socket on loopback whose connections the test answers frame by frame, to play a server that misbehaves. */
final class ScriptedServer implements AutoCloseable {
    private final ServerSocket socket;

    ScriptedServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    ServerAddress address() {
        return ServerAddress.tcp("127.0.0.1", socket.getLocalPort());
    }

    /** The next connection, accepted on another thread (the test connects meanwhile). */
    CompletableFuture<RawPeer> accept() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new RawPeer(socket.accept(), 10_000);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Reads HELLO and answers as server FAKE/1 announcing {@code heartbeatMillis}. */
    static void welcome(RawPeer peer, long heartbeatMillis) throws IOException {
        Header hello = peer.read();
        if (hello == null || hello.type() != FrameType.HELLO) {
            throw new IOException("expected HELLO, got " + hello);
        }
        peer.send(Header.of(FrameType.WELCOME).version(1).server("FAKE").role(1).heartbeat(heartbeatMillis));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
