package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy R9 drops its link with, in front of an echo server on loopback. */
class LinkProxyTest {
    private ServerSocket echo;

    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    Thread echoing = new Thread(() -> echoUntilClosed(socket));
                    echoing.setDaemon(true);
                    echoing.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopEcho() throws IOException {
        echo.close();
    }

    @Test
    void forwardsBothWaysUntilCutThenRefusesWhileDownThenForwardsAgain() throws Exception {
        try (LinkProxy proxy = LinkProxy.start(echo.getLocalPort())) {
            try (Socket first = connect(proxy)) {
                assertThat(roundTrip(first, "hello")).isEqualTo("hello");

                proxy.cut(Duration.ofMinutes(10), false);
                assertThat(first.getInputStream().read()).isEqualTo(-1);
            }
            try (Socket whileDown = connect(proxy)) {
                assertThat(whileDown.getInputStream().read()).isEqualTo(-1);
            }

            proxy.cut(Duration.ZERO, true);
            try (Socket again = connect(proxy)) {
                assertThat(roundTrip(again, "again")).isEqualTo("again");
            }
            assertThat(proxy.cuts()).isEqualTo(2);
            assertThat(proxy.accepted()).isEqualTo(3);
        }
    }

    @Test
    void aTargetThatIsDownClosesTheConnection() throws Exception {
        // bound, not listening: a connection to its port is refused, and no other program can take
        // the port meanwhile (a closed listener's port could be bound again by anything running)
        try (Socket down = new Socket()) {
            down.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (LinkProxy proxy = LinkProxy.start(down.getLocalPort()); Socket socket = connect(proxy)) {
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    private static Socket connect(LinkProxy proxy) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(30_000); // bounds a hang only
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes());
        byte[] answer = socket.getInputStream().readNBytes(text.length());
        return new String(answer);
    }

    private static void echoUntilClosed(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // the proxy cut it
        }
    }
}
