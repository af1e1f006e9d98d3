package org.openmom.admin;

/**
 * An administration request failed: refused (not an administrator, no admin secret), the
 * server answered an error (no such instance, reflex, level), or the connection is gone. The
 * message is one line naming the server ({@code host:port} or {@code local:NAME.ROLE}) and the fix.
 * Futures of {@link AdminSession} complete exceptionally with it.
 */
public class AdminException extends RuntimeException {
    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
