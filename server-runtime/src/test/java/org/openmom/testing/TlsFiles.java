package org.openmom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openmom.server.pipeline.ServerTls;

/**
 * The tests' TLS material (made once with openssl, valid for 100 years): the server's
 * self-signed certificate for localhost and 127.0.0.1 with its PKCS#8 key, and another server's
 * certificate, which trusts nothing of ours.
 */
public final class TlsFiles {
    private TlsFiles() {}

    /** The server's certificate and key, copied into {@code folder}. */
    public static ServerTls server(Path folder) {
        return new ServerTls(copy("server.pem", folder.resolve("server.pem")), copy("server.key", folder.resolve("server.key")));
    }

    /** The server's certificate alone, what a client trusts, copied to {@code file}. */
    public static Path serverCertificate(Path file) {
        return copy("server.pem", file);
    }

    /** A certificate that is not the server's, copied to {@code file}. */
    public static Path otherCertificate(Path file) {
        return copy("other.pem", file);
    }

    private static Path copy(String resource, Path file) {
        try (InputStream in = TlsFiles.class.getResourceAsStream("/tls/" + resource)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
