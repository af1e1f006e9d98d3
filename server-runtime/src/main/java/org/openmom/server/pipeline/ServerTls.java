package org.openmom.server.pipeline;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * TLS for the server's TCP connections (issue #18 item 6): the certificate chain it shows its
 * clients and the private key of the first certificate, both PEM files ({@code openmom server
 * --tls-cert FILE --tls-key FILE}). Served by the JDK's own TLS, no native library. The local
 * protocol stays without TLS: it never leaves the machine, and the run folder's mode decides who reaches it.
 *
 * @param certificateChain PEM, the server's certificate first, then any intermediate ones
 * @param privateKey       PEM, PKCS#8 ({@code BEGIN PRIVATE KEY}), not encrypted
 */
public record ServerTls(Path certificateChain, Path privateKey) {
    public ServerTls {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** The server side of TLS, read once at start. @throws ServerStartException naming the file at fault and the fix */
    SslContext context() throws ServerStartException {
        readable(certificateChain, "--tls-cert", "the server's certificate chain");
        readable(privateKey, "--tls-key", "the private key of its certificate");
        try {
            return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile())
                    .sslProvider(SslProvider.JDK)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new ServerStartException("--tls-cert " + certificateChain + " --tls-key " + privateKey + ": not a PEM certificate chain"
                    + " and its unencrypted PKCS#8 key (" + rootMessage(e) + ") — convert the key with 'openssl pkcs8 -topk8 -nocrypt'"
                    + " and check that the key belongs to the first certificate");
        }
    }

    private static void readable(Path file, String option, String what) throws ServerStartException {
        if (!Files.isReadable(file)) {
            throw new ServerStartException(option + " " + file + ": no such readable file — give the PEM file of " + what);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public String toString() {
        return "TLS " + certificateChain + " (key " + privateKey + ")";
    }
}
