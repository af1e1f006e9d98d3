package org.openmom.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.openmom.connection.ClientTls;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.wire.HeaderEncoding;
import org.openmom.wire.WireCodec;

/**
 * How a service connects.
 *
 * @param who                 the (service, user) to register as
 * @param registrationMessage given to the server's registration filters (e.g. a password)
 * @param polling             receive by {@link OpenMomClient#receive} instead of a listener
 * @param window              messages the server may push before they are acknowledged
 * @param register            false: connect without registering (only USERS works), e.g. to list users
 * @param reconnect           reconnect (with back-off, failing over along the addresses) after a loss
 * @param tlsTrust            the certificates every TCP connection trusts, over TLS; null: the home's
 *                            {@code files/tls/} per place, plain where it has none (see {@link ClientTls})
 * @param headerEncoding      the frame header encoding asked for in HELLO: {@link #DEFAULT_HEADER_ENCODING}
 *                            unless {@value #HEADER_ENCODING_VARIABLE} names another; a server that does not
 *                            speak it answers in JSON
 * @param ownThreads          give this client a network thread and a dispatch thread of its own instead of
 *                            sharing those of the JVM's clients (see {@link ClientThreads})
 */
public record ClientOptions(
        ServiceUser who,
        byte[] registrationMessage,
        boolean polling,
        int window,
        OpenMomHome home,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration heartbeat,
        boolean reconnect,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        int maxFrameSize,
        boolean register,
        Path tlsTrust,
        HeaderEncoding headerEncoding,
        boolean ownThreads) {
    /** The environment variable that chooses the header encoding: {@code json} or {@code cbor}. */
    public static final String HEADER_ENCODING_VARIABLE = "OPENMOM_HEADER_ENCODING";
    /** The faster of the two on this project's benchmark (docs/performance.md, "Frame header encoding"). */
    public static final HeaderEncoding DEFAULT_HEADER_ENCODING = HeaderEncoding.CBOR;

    public ClientOptions {
        Objects.requireNonNull(who, "who");
        registrationMessage = registrationMessage == null ? new byte[0] : registrationMessage;
    }

    public static ClientOptions of(ServiceUser who) {
        return new ClientOptions(who, new byte[0], false, 1000, OpenMomHome.fromEnvironment(),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), true,
                Duration.ofMillis(100), Duration.ofSeconds(5), WireCodec.DEFAULT_MAX_FRAME_SIZE, true,
                ClientTls.trustFileFromEnvironment(), headerEncodingFromEnvironment(), false);
    }

    public static ClientOptions of(String service, String user) {
        return of(ServiceUser.of(service, user));
    }

    public ClientOptions withRegistrationMessage(byte[] value) {
        return new ClientOptions(who, value, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withPolling(boolean value) {
        return new ClientOptions(who, registrationMessage, value, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withWindow(int value) {
        return new ClientOptions(who, registrationMessage, polling, value, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withHome(OpenMomHome value) {
        return new ClientOptions(who, registrationMessage, polling, window, value, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withHeartbeat(Duration value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, value, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withReconnect(boolean value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, value, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withRetryDelays(Duration first, Duration max) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, first, max, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withTimeouts(Duration connect, Duration request) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connect, request, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, ownThreads);
    }

    public ClientOptions withTlsTrust(Path value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, value, headerEncoding, ownThreads);
    }

    public ClientOptions withHeaderEncoding(HeaderEncoding value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, value, ownThreads);
    }

    /**
     * The header encoding {@value #HEADER_ENCODING_VARIABLE} names ({@code json} forces the
     * documented default), or {@link #DEFAULT_HEADER_ENCODING} when it is unset.
     *
     * @throws OpenMomException when it names no encoding
     */
    public static HeaderEncoding headerEncodingFromEnvironment() {
        String named = System.getenv(HEADER_ENCODING_VARIABLE);
        if (named == null || named.isBlank()) {
            return DEFAULT_HEADER_ENCODING;
        }
        HeaderEncoding encoding = HeaderEncoding.named(named.strip());
        if (encoding == null) {
            throw new OpenMomException(HEADER_ENCODING_VARIABLE + "=" + named + " is not a header encoding — set json or cbor, or unset it");
        }
        return encoding;
    }

    /** How its connections use TLS. */
    public ClientTls tls() {
        return ClientTls.of(home, tlsTrust);
    }

    public ClientOptions withOwnThreads(boolean value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust, headerEncoding, value);
    }

    public ClientOptions withoutRegistration() {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, false, tlsTrust, headerEncoding, ownThreads);
    }
}
