package org.openmom.serverslist;

import java.util.List;
import org.openmom.model.ServerLocator;

/**
 * One server a service tries: a line {@code <Network Address> <Protocol> <Endpoint> <Server Name>
 * <Server Role>}, with the comment and blank lines written above it.
 */
public record ServerDeclaration(ServerLocator locator, List<String> comments) {
    /** Field numbers on the line, for findings. */
    public static final int NETWORK_ADDRESS = 0;
    public static final int PROTOCOL = 1;
    public static final int ENDPOINT = 2;
    public static final int SERVER_NAME = 3;
    public static final int SERVER_ROLE = 4;
    public static final int FIELD_COUNT = 5;

    public ServerDeclaration {
        comments = List.copyOf(comments);
    }

    public ServerDeclaration(ServerLocator locator) {
        this(locator, List.of());
    }

    public ServerDeclaration withLocator(ServerLocator newLocator) {
        return new ServerDeclaration(newLocator, comments);
    }

    /** The line as {@code host protocol endpoint server role} (names with spaces as {@code +}). */
    public String toLine() {
        return String.join(" ", ServersListWriter.fields(locator));
    }
}
