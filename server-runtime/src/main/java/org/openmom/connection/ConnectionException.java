package org.openmom.connection;

/**
 * A connection to a server failed or ended. The message is one line naming the place
 * ({@code host:port} or {@code local:NAME.ROLE}); the owner (service client, administration
 * client, router) adds the fix its users can apply, knowing the {@link #kind()}.
 */
public class ConnectionException extends RuntimeException {
    /** What went wrong, as far as the owner must tell the cases apart. */
    public enum Kind {
        /** Nothing took the connection there (the message says why, the owner adds its fix). */
        UNREACHABLE,
        /**
         * Something answered, but not the server wanted: no WELCOME (not OpenMOM), another
         * name or role, a newer protocol. Other places may hold the wanted one.
         */
        NOT_WANTED,
        /** The wanted server answered no (a refused registration, an ERROR to a request): final for that server. */
        REFUSED,
        /** The connection is not open, or closed while a request waited. */
        LOST
    }

    private final Kind kind;

    public ConnectionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
