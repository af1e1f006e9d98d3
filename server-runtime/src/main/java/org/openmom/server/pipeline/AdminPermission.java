package org.openmom.server.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.openmom.model.ServerIdentity;

/**
 * Who may register as an administration service: anyone through the local socket (the run
 * folder's permissions already vetted them), over TCP only with the server's admin secret, and
 * nobody when the server offers no administration.
 */
final class AdminPermission {
    private final ServerIdentity identity;
    private final boolean offered;
    /** Null: TCP administration is refused. */
    private final String secret;

    AdminPermission(ServerIdentity identity, boolean offered, String secret) {
        this.identity = identity;
        this.offered = offered;
        this.secret = secret;
    }

    /** Null when a connection ({@code local} or not) giving {@code given} may administer the server, else why not (one line). */
    String refusal(boolean local, String given) {
        String server = identity.toString();
        if (!offered) {
            return "server " + server + " offers no administration service";
        }
        if (local) {
            return null;
        }
        if (secret == null) {
            return "server " + server + " refuses administration over TCP: start it with --admin-secret-file FILE and give"
                    + " the same file to the administration tool, or connect over the local protocol (local:"
                    + identity.localName() + ")";
        }
        if (given == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return "wrong or missing admin secret for server " + server
                    + " — give --admin-secret-file the file the server was started with";
        }
        return null;
    }
}
