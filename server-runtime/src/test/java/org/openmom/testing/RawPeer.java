package org.openmom.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;

/** A blocking socket speaking raw bytes, to misbehave on purpose (as a client, or as a server). */
public final class RawPeer implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    public RawPeer(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        socket.setSoTimeout(readTimeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** The server's end of a connection a test accepted itself, to play a misbehaving server. */
    public RawPeer(Socket accepted, int readTimeoutMillis) throws IOException {
        socket = accepted;
        socket.setSoTimeout(readTimeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void send(Header header) throws IOException {
        send(header, new byte[0]);
    }

    public void send(Header header, byte[] body) throws IOException {
        send(header, body, HeaderEncoding.JSON);
    }

    /** Sends a frame whose header is in {@code encoding}. */
    public void send(Header header, byte[] body, HeaderEncoding encoding) throws IOException {
        ByteBuf buf = Unpooled.buffer();
        FrameEncoder.encode(header, body, buf, encoding);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        write(bytes);
    }

    public void hello() throws IOException {
        hello(null);
    }

    /** HELLO asking for the header encoding {@code encoding} (null: none, as an older client); returns WELCOME. */
    public Header hello(String encoding) throws IOException {
        send(Header.of(FrameType.HELLO).version(1).client("raw").encoding(encoding));
        Header welcome = read();
        if (welcome.type() != FrameType.WELCOME) {
            throw new IOException("expected WELCOME, got " + welcome);
        }
        return welcome;
    }

    /** Whether a new connection to {@code port} is welcomed (not turned away at the door). */
    public static boolean welcomedAt(int port) {
        try (RawPeer peer = new RawPeer(port, 10_000)) {
            peer.hello();
            return true;
        } catch (IOException turnedAway) {
            return false;
        }
    }

    /** The next frame's header (JSON or CBOR), or null at end of stream. */
    public Header read() throws IOException {
        byte[] frame = readFrame();
        if (frame == null) {
            return null;
        }
        int headerLength = ((frame[0] & 0xff) << 24) | ((frame[1] & 0xff) << 16) | ((frame[2] & 0xff) << 8) | (frame[3] & 0xff);
        return HeaderEncoding.read(Unpooled.wrappedBuffer(frame), 4, headerLength);
    }

    /** The next frame's bytes after its length field, or null at end of stream. */
    public byte[] readFrame() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        byte[] frame = new byte[length];
        in.readFully(frame);
        return frame;
    }

    /** Reads until a frame of {@code type} or the end; returns it or null. */
    public Header readUntil(FrameType type) throws IOException {
        Header header;
        while ((header = read()) != null) {
            if (header.type() == type) {
                return header;
            }
        }
        return null;
    }

    /** Whether the server sent something not read yet (a reset connection counts); never blocks. */
    public boolean hasAnswered() {
        try {
            return in.available() > 0;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Whether the server closed the connection (reads to the end, skipping frames). */
    public boolean closedByServer() throws IOException {
        try {
            while (read() != null) {
                // skip PINGs and the like
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
