package org.openmom.connection;

import io.netty.handler.ssl.NotSslRecordException;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;

/** Why a client's TLS handshake failed, in one line with the fix. */
final class TlsFailure {
    private TlsFailure() {}

    static String describe(Throwable error, Path trustFile) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof NotSslRecordException) && !(cause instanceof SSLHandshakeException)) {
            cause = cause.getCause();
        }
        if (cause instanceof NotSslRecordException) {
            return "the server answered without TLS, but " + trustFile + " asks for TLS there — start the server with --tls-cert and"
                    + " --tls-key, or remove that trust file for a plain server";
        }
        if (cause instanceof SSLHandshakeException) {
            return "the server's certificate is not trusted (" + ConnectionHandler.describe(cause) + ") — put the server's"
                    + " certificate, the PEM file of its --tls-cert, in " + trustFile;
        }
        return "TLS failed (" + ConnectionHandler.describe(error) + ") — check that the server takes TLS with --tls-cert";
    }
}
