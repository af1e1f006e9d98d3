package org.openmom.connection;

/**
 * A connection to a server failed or ended. The message is one line naming the place
 * ({@code host:port} or {@code local:NAME.ROLE}); the owner (service client, administration
 * client, router) adds the fix its users can apply, knowing the {@link #kind()}.
 */
public class ConnectionException extends RuntimeException {
    /** What went wrong, as far as the owner must tell the cases apart. */
    public enum Kind {
        /** Nothing answered at that place: no server runs there, or not an OpenMOM server. */
        UNREACHABLE,
        /** An OpenMOM server answered, but not the name/role wanted: other places may hold it. */
        WRONG_SERVER,
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
