package org.openmom.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.openmom.connection.ClientTls;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
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
        Path tlsTrust) {
    public ClientOptions {
        Objects.requireNonNull(who, "who");
        registrationMessage = registrationMessage == null ? new byte[0] : registrationMessage;
    }

    public static ClientOptions of(ServiceUser who) {
        return new ClientOptions(who, new byte[0], false, 1000, OpenMomHome.fromEnvironment(),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), true,
                Duration.ofMillis(100), Duration.ofSeconds(5), WireCodec.DEFAULT_MAX_FRAME_SIZE, true,
                ClientTls.trustFileFromEnvironment());
    }

    public static ClientOptions of(String service, String user) {
        return of(ServiceUser.of(service, user));
    }

    public ClientOptions withRegistrationMessage(byte[] value) {
        return new ClientOptions(who, value, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withPolling(boolean value) {
        return new ClientOptions(who, registrationMessage, value, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withWindow(int value) {
        return new ClientOptions(who, registrationMessage, polling, value, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withHome(OpenMomHome value) {
        return new ClientOptions(who, registrationMessage, polling, window, value, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withHeartbeat(Duration value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, value, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withReconnect(boolean value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, value, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withRetryDelays(Duration first, Duration max) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, first, max, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withTimeouts(Duration connect, Duration request) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connect, request, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, tlsTrust);
    }

    public ClientOptions withTlsTrust(Path value) {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, register, value);
    }

    /** How its connections use TLS. */
    public ClientTls tls() {
        return ClientTls.of(home, tlsTrust);
    }

    public ClientOptions withoutRegistration() {
        return new ClientOptions(who, registrationMessage, polling, window, home, connectTimeout, requestTimeout, heartbeat, reconnect, firstRetryDelay, maxRetryDelay, maxFrameSize, false, tlsTrust);
    }
}
