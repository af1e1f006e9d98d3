package org.openmom.torture;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderJson;

/**
 * A TCP connection to a server speaking raw frames, to misbehave on purpose: hold messages
 * without acknowledging them, vanish without BYE, send bytes that are not frames.
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawConnection(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(readTimeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    static byte[] encode(Header header, byte[] body) {
        ByteBuf buffer = Unpooled.buffer();
        FrameEncoder.encode(Frame.of(header, body), buffer);
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(Header header) throws IOException {
        write(encode(header, new byte[0]));
    }

    /** HELLO, then REGISTER as {@code service/user} in callback mode with {@code window}; fails unless REGISTERED. */
    void register(String service, String user, int window) throws IOException {
        send(Header.of(FrameType.HELLO).version(1).client("torture"));
        expect(FrameType.WELCOME);
        send(Header.of(FrameType.REGISTER).req(1).service(service).user(user).window(window));
        expect(FrameType.REGISTERED);
    }

    private void expect(FrameType type) throws IOException {
        Header header = read();
        if (header == null || header.type() != type) {
            throw new IOException("expected " + type + ", got " + header);
        }
    }

    /** The next frame's header, or null when the server closed the connection. */
    Header read() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        byte[] frame = new byte[length];
        in.readFully(frame);
        int headerLength = ((frame[0] & 0xff) << 24) | ((frame[1] & 0xff) << 16) | ((frame[2] & 0xff) << 8) | (frame[3] & 0xff);
        return HeaderJson.read(frame, 4, headerLength);
    }

    /** Drops the connection as a crashed peer or a broken network does: no BYE, a TCP reset. */
    void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
