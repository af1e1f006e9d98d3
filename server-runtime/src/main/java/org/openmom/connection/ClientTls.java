package org.openmom.connection;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openmom.connection.ConnectionException.Kind;
import org.openmom.home.OpenMomHome;

/**
 * Which TCP connections of a client use TLS, and which certificates they trust (issue #18 item
 * 6). The Servers List says nothing of TLS (its format is the guide's), so the trust is kept
 * beside it, one PEM file of certificates per place:
 * <ol>
 * <li>a trust file given to the client ({@code --tls-trust FILE}, or the environment's
 *     {@value #ENVIRONMENT_VARIABLE}): every TCP connection uses TLS and trusts it;
 * <li>else {@code $OPENMOM_HOME/files/tls/HOST_PORT.pem}, then {@code HOST.pem}, for the host
 *     and port connected to: present, that connection uses TLS and trusts it;
 * <li>else plain TCP.
 * </ol>
 * A trusted certificate is the server's own ({@code --tls-cert}: pinned) or one that signed it
 * (see {@link PinnedTrust}). The local protocol never uses TLS.
 */
public final class ClientTls {
    public static final String ENVIRONMENT_VARIABLE = "OPENMOM_TLS_TRUST";
    /** The folder of per-place trust files, under the home's {@code files/}. */
    public static final String FOLDER = "tls";

    private static final ClientTls PLAIN = new ClientTls(null, null);

    private final Path folder;
    private final Path trustFile;
    private final Map<Path, SslContext> contexts = new ConcurrentHashMap<>();

    private ClientTls(Path folder, Path trustFile) {
        this.folder = folder;
        this.trustFile = trustFile;
    }

    /** Plain TCP everywhere (connections inside one test, or a client that was told so). */
    public static ClientTls plain() {
        return PLAIN;
    }

    /**
     * @param trustFile used for every TCP connection; null: the per-place files of {@code home}
     */
    public static ClientTls of(OpenMomHome home, Path trustFile) {
        return new ClientTls(home.files().resolve(FOLDER), trustFile);
    }

    /** The trust file the environment names ({@value #ENVIRONMENT_VARIABLE}), or null. */
    public static Path trustFileFromEnvironment() {
        String named = System.getenv(ENVIRONMENT_VARIABLE);
        return named == null || named.isBlank() ? null : Path.of(named).toAbsolutePath();
    }

    /** The trust file of {@code host:port}, or null for plain TCP there. */
    public Path trustFileFor(String host, int port) {
        if (trustFile != null || folder == null) {
            return trustFile;
        }
        Path ofPlace = folder.resolve(host + "_" + port + ".pem");
        if (Files.exists(ofPlace)) {
            return ofPlace;
        }
        Path ofHost = folder.resolve(host + ".pem");
        return Files.exists(ofHost) ? ofHost : null;
    }

    /**
     * The TLS of a connection to {@code host:port}, or null for plain TCP.
     *
     * @throws ConnectionException naming the trust file and the fix when it cannot be used
     */
    SslContext contextFor(String host, int port) {
        Path file = trustFileFor(host, port);
        return file == null ? null : contexts.computeIfAbsent(file, ClientTls::read);
    }

    private static SslContext read(Path file) {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .trustManager(new PinnedTrust(certificates(file)))
                    .build();
        } catch (IOException | GeneralSecurityException e) {
            throw new ConnectionException(Kind.NOT_WANTED, file + ": not a trust file (" + e.getMessage()
                    + ") — put the server's certificate there, the PEM file given to its --tls-cert");
        }
    }

    private static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                found.add((X509Certificate) certificate);
            }
        }
        if (found.isEmpty()) {
            throw new GeneralSecurityException("no certificate in it");
        }
        return found;
    }
}
