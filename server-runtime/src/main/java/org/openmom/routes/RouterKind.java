package org.openmom.routes;

import java.util.Arrays;
import java.util.Optional;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;

/** The three kinds of router of a routes file, with the keyword that starts their line. */
public enum RouterKind {
    SERVER("ServerRouter", "Server Router", "<router name> <server name> <role> <network address> <protocol> <endpoint>"),
    SERVICE("ServiceRouter", "Service Router",
            "<router name> <service name> <server name> <role> <network address> <protocol> <endpoint>"),
    EVENT("EventRouter", "Event Router",
            "<router name> <service name> <event name> <server name> <role> <network address> <protocol> <endpoint>");

    private final String keyword;
    private final String displayName;
    private final String syntax;

    RouterKind(String keyword, String displayName, String fields) {
        this.keyword = keyword;
        this.displayName = displayName;
        this.syntax = keyword + " " + fields;
    }

    /** The word that starts the line in the routes file, e.g. {@code ServiceRouter}. */
    public String keyword() {
        return keyword;
    }

    /** What a person reads, e.g. "Service Router". */
    public String displayName() {
        return displayName;
    }

    /** The line's fields, for messages: {@code ServerRouter <router name> <server name> …}. */
    public String syntax() {
        return syntax;
    }

    /** How many fields the line has, the keyword included. */
    public int fieldCount() {
        return 7 + ordinal();
    }

    /**
     * Where the parts of the target stand on this kind's line: the line ends with {@code <server
     * name> <role> <network address> <protocol> <endpoint>}, an order that differs from the
     * locator's (and Servers.lst's).
     */
    public FieldPositions targetFields() {
        int serverName = fieldCount() - 5;
        return new FieldPositions(serverName + 2, serverName + 3, serverName + 4, serverName, serverName + 1);
    }

    public static Optional<RouterKind> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
    }

    static Optional<RouterKind> fromKeywordIgnoringCase(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equalsIgnoreCase(keyword)).findFirst();
    }

    /** The three keywords, for messages that list what is allowed. */
    public static String allKeywords() {
        return String.join(", ", Arrays.stream(values()).map(RouterKind::keyword).toList());
    }
}
