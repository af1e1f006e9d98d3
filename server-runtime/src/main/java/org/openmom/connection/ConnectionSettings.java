package org.openmom.connection;

import java.time.Duration;
import org.openmom.wire.HeaderEncoding;

/**
 * How a client opens its connections.
 *
 * @param clientName     named in HELLO (the server logs it), e.g. {@code CHAT/alice}
 * @param connectTimeout for the socket connection, and again for the server's WELCOME
 * @param heartbeat      how often to ping when nothing was written; a server silent for three
 *                       beats (its own beat when it announces one) is dropped
 * @param maxFrameSize   the largest frame accepted from the server
 * @param tls            which TCP connections use TLS, trusting whom
 * @param headerEncoding the frame header encoding asked for in HELLO; JSON asks for nothing
 */
public record ConnectionSettings(String clientName, Duration connectTimeout, Duration heartbeat, int maxFrameSize, ClientTls tls,
                                 HeaderEncoding headerEncoding) {
    /** JSON headers, as router links and administration tools speak. */
    public ConnectionSettings(String clientName, Duration connectTimeout, Duration heartbeat, int maxFrameSize, ClientTls tls) {
        this(clientName, connectTimeout, heartbeat, maxFrameSize, tls, HeaderEncoding.JSON);
    }

    /** Plain TCP, as between the test's own peers. */
    public ConnectionSettings(String clientName, Duration connectTimeout, Duration heartbeat, int maxFrameSize) {
        this(clientName, connectTimeout, heartbeat, maxFrameSize, ClientTls.plain());
    }
}
