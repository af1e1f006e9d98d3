package org.openmom.serverslist;

import java.util.List;
import org.openmom.model.NamePattern;

/**
 * An entry {@code ! <Service Name> <User Name>} (either may be {@code *}) and the server
 * declarations tried, in order, by the services it matches.
 */
public record ServersListEntry(String serviceName, String userName, List<ServerDeclaration> declarations, List<String> comments) {
    /** Field numbers on the entry line, for findings: the {@code !}, then the names. */
    public static final int MARK = 0;
    public static final int SERVICE_NAME = 1;
    public static final int USER_NAME = 2;

    public ServersListEntry {
        declarations = List.copyOf(declarations);
        comments = List.copyOf(comments);
    }

    public ServersListEntry(String serviceName, String userName, List<ServerDeclaration> declarations) {
        this(serviceName, userName, declarations, List.of());
    }

    public boolean matches(String service, String user) {
        return NamePattern.matches(serviceName, service) && NamePattern.matches(userName, user);
    }

    /**
     * Whether every service this entry matches is matched by {@code earlier} too, so that, below
     * it, this entry is never used.
     */
    public boolean isShadowedBy(ServersListEntry earlier) {
        return NamePattern.of(serviceName).isCoveredBy(NamePattern.of(earlier.serviceName))
                && NamePattern.of(userName).isCoveredBy(NamePattern.of(earlier.userName));
    }

    public ServersListEntry withNames(String newServiceName, String newUserName) {
        return new ServersListEntry(newServiceName, newUserName, declarations, comments);
    }

    public ServersListEntry withDeclarations(List<ServerDeclaration> newDeclarations) {
        return new ServersListEntry(serviceName, userName, newDeclarations, comments);
    }

    /** {@code ! Service User} as written in the file. */
    public String headerLine() {
        return String.join(" ", ServersListWriter.headerFields(this));
    }
}
