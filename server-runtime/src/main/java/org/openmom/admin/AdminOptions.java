package org.openmom.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.openmom.connection.ClientTls;
import org.openmom.home.OpenMomHome;

/**
 * How an administration service connects.
 *
 * @param user           the user name it registers as (the service name is always {@link #SERVICE})
 * @param secret         the server's admin secret, required over TCP; null over the local
 *                       protocol (the run folder's permissions decide there)
 * @param home           where the Servers List and the local registry are
 * @param connectTimeout how long to wait for a connection and the registration
 * @param requestTimeout how long an answer may take before its future fails
 * @param heartbeat      how often to ping; a server silent for three beats is lost
 * @param tlsTrust       the certificates every TCP connection trusts, over TLS; null: the home's
 *                       {@code files/tls/} per place, plain where it has none (see {@link ClientTls})
 */
public record AdminOptions(
        String user, String secret, OpenMomHome home, Duration connectTimeout, Duration requestTimeout, Duration heartbeat,
        Path tlsTrust, boolean readOnly) {
    /** The service name of every administration service (the guide's explorer registers as ADMIN). */
    public static final String SERVICE = "ADMIN";

    public AdminOptions {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(home, "home");
    }

    /** User {@code user}, no secret, the environment's OPENMOM_HOME, 5 s connect, 30 s requests, 10 s heartbeat. */
    public static AdminOptions of(String user) {
        return new AdminOptions(user, null, OpenMomHome.fromEnvironment(), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(10), ClientTls.trustFileFromEnvironment(), false);
    }

    public AdminOptions withSecret(String value) {
        return new AdminOptions(user, value, home, connectTimeout, requestTimeout, heartbeat, tlsTrust, readOnly);
    }

    /**
     * The secret read from a file (its first line, trimmed), as given to the server with
     * {@code --admin-secret-file}.
     *
     * @throws AdminException naming the file when it cannot be read or is empty
     */
    public AdminOptions withSecretFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
        } catch (IOException e) {
            throw new AdminException(file + ": cannot read the admin secret (" + e.getMessage()
                    + ") — give a readable file to --admin-secret-file");
        }
        if (text.isEmpty()) {
            throw new AdminException(file + ": the admin secret file is empty — write the secret on its first line");
        }
        return withSecret(text);
    }

    public AdminOptions withHome(OpenMomHome value) {
        return new AdminOptions(user, secret, value, connectTimeout, requestTimeout, heartbeat, tlsTrust, readOnly);
    }

    public AdminOptions withTimeouts(Duration connect, Duration request) {
        return new AdminOptions(user, secret, home, connect, request, heartbeat, tlsTrust, readOnly);
    }

    public AdminOptions withHeartbeat(Duration value) {
        return new AdminOptions(user, secret, home, connectTimeout, requestTimeout, value, tlsTrust, readOnly);
    }

    public AdminOptions withTlsTrust(Path value) {
        return new AdminOptions(user, secret, home, connectTimeout, requestTimeout, heartbeat, value, readOnly);
    }

    /** A session that declares itself read-only as it logs in (the Explorer's read-only connections). */
    public AdminOptions withReadOnly(boolean value) {
        return new AdminOptions(user, secret, home, connectTimeout, requestTimeout, heartbeat, tlsTrust, value);
    }

    /** How its connections use TLS. */
    public ClientTls tls() {
        return ClientTls.of(home, tlsTrust);
    }

    /** Never shows the secret (options end up in logs). */
    @Override
    public String toString() {
        return "AdminOptions[user=" + user + ", secret=" + (secret == null ? "none" : "***") + ", home=" + home.root()
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", heartbeat=" + heartbeat + (tlsTrust == null ? "" : ", tlsTrust=" + tlsTrust) + (readOnly ? ", read-only" : "") + "]";
    }
}
