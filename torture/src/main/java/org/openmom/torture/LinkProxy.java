package org.openmom.torture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy inside the torture JVM, on a loopback port of its own, in front of a server's port:
 * a router pointed at it reaches the server through it, and the scenario drops that link when it
 * wants. {@link #cut} closes both sides of every connection through the proxy (with a FIN, or a
 * reset) and, for a while, closes new connections as soon as they come, as a network that fails
 * and comes back would. The target may be down: a connection it refuses is closed on the proxy's
 * side too.
 */
final class LinkProxy implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong cuts = new AtomicLong();
    private volatile long downUntilNanos = System.nanoTime();

    private LinkProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    /** A proxy on a free loopback port forwarding to {@code 127.0.0.1:targetPort}, accepting from now on. */
    static LinkProxy start(int targetPort) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        LinkProxy proxy = new LinkProxy(new ServerSocket(0, 50, loopback), new InetSocketAddress(loopback, targetPort));
        daemon("link-proxy-accept", proxy::acceptLoop).start();
        return proxy;
    }

    /** The proxy's own port: the endpoint to give the router. */
    int port() {
        return listener.getLocalPort();
    }

    /**
     * Drops the link: closes both sides of every connection now open — with a reset (TCP RST)
     * when {@code reset}, else a normal close — and closes the connections that come within
     * {@code down}.
     */
    void cut(Duration down, boolean reset) {
        downUntilNanos = System.nanoTime() + down.toNanos();
        cuts.incrementAndGet();
        for (Socket socket : open) {
            if (reset) {
                try {
                    socket.setSoLinger(true, 0);
                } catch (IOException alreadyClosed) {
                    // closed by its pump meanwhile: nothing to reset
                }
            }
            closeQuietly(socket);
        }
    }

    /** Whether a connection through the proxy is open now (the router's link is up, as far as the proxy knows). */
    boolean linkOpen() {
        return !open.isEmpty();
    }

    /** Connections the proxy accepted (the router's connection attempts, cut or not). */
    long accepted() {
        return accepted.get();
    }

    long cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            accepted.incrementAndGet();
            if (System.nanoTime() - downUntilNanos < 0) {
                closeQuietly(client);
                continue;
            }
            daemon("link-proxy-connect", () -> connect(client)).start();
        }
    }

    private void connect(Socket client) {
        long cutsBefore = cuts.get();
        Socket server = new Socket();
        try {
            server.connect(target, CONNECT_TIMEOUT_MILLIS);
        } catch (IOException refused) {
            closeQuietly(server);
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(server);
        if (cuts.get() != cutsBefore) { // a cut came while connecting: it drops this link too
            closeQuietly(server);
            closeQuietly(client);
            return;
        }
        daemon("link-proxy-up", () -> pump(client, server)).start();
        daemon("link-proxy-down", () -> pump(server, client)).start();
    }

    /** Copies {@code from} to {@code to} until either ends; then both are closed (no half-open links). */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
        } catch (IOException closed) {
            // cut, reset or ended by a peer: the link is gone either way
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to close
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(this::closeQuietly);
    }
}
