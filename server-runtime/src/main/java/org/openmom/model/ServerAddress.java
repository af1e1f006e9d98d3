package org.openmom.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where to find a server: a Servers List declaration or a command-line address.
 *
 * @param protocol   TCP, LOCAL, or ALL (try local first on this machine, then TCP)
 * @param host       network address; {@code *} for local
 * @param endpoint   TCP port or local name; {@code *} or blank: found automatically
 * @param serverName wanted server name, {@code *} for any
 * @param role       wanted server role, 0 for any
 */
public record ServerAddress(ProtocolSequence protocol, String host, String endpoint, String serverName, int role) {
    public ServerAddress {
        Objects.requireNonNull(protocol, "protocol");
        host = host == null || host.isBlank() ? NamePattern.WILDCARD : host;
        endpoint = endpoint == null || endpoint.isBlank() ? NamePattern.WILDCARD : endpoint;
        serverName = serverName == null || serverName.isBlank() ? NamePattern.WILDCARD : serverName;
    }

    /** A declaration (Servers.lst, a router's target) as an address: an unknown or blank protocol means every available one. */
    public static ServerAddress of(ServerLocator locator) {
        ProtocolSequence protocol = locator.protocolSequence().orElse(ProtocolSequence.ALL);
        return new ServerAddress(protocol, locator.networkAddress(), locator.endpoint(), locator.serverName(),
                locator.roleNumber().orElse(0));
    }

    public static ServerAddress tcp(String host, int port) {
        return new ServerAddress(ProtocolSequence.TCP, host, Integer.toString(port), "*", 0);
    }

    public static ServerAddress local(String localName) {
        return new ServerAddress(ProtocolSequence.LOCAL, "*", localName, "*", 0);
    }

    /**
     * Parses a command-line address: {@code host:port} (TCP) or {@code local:NAME.ROLE}.
     *
     * @throws IllegalArgumentException with a one-line message saying what is expected
     */
    public static ServerAddress parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.startsWith("local:")) {
            String name = trimmed.substring("local:".length());
            if (name.isEmpty()) {
                throw new IllegalArgumentException("server address '" + text + "': give the local server as local:NAME.ROLE");
            }
            return local(name);
        }
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("server address '" + text + "': expected host:port or local:NAME.ROLE");
        }
        String port = trimmed.substring(colon + 1);
        if (!port.equals("*")) {
            try {
                int value = Integer.parseInt(port);
                if (value < 1 || value > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("server address '" + text + "': the port must be a number from 1 to 65535, or *");
            }
        }
        return new ServerAddress(ProtocolSequence.TCP, trimmed.substring(0, colon), port, "*", 0);
    }

    public boolean hasAutomaticEndpoint() {
        return endpoint.equals(NamePattern.WILDCARD);
    }

    /** Whether a server answering with this identity is the one wanted. */
    public boolean accepts(String name, int actualRole) {
        return NamePattern.matches(serverName, name) && (role == 0 || role == actualRole);
    }

    /**
     * This Servers List declaration with a connect screen's fields as extra criteria (guide:
     * "If the value * is entered [as Host], the Servers List is used and other values act as
     * additional criteria within this list"): each field of {@code wanted} that is not a
     * wildcard narrows the declaration's, or excludes it (empty) when they disagree. The host of
     * {@code wanted} is not a criterion: it is {@code *}, which asked for the Servers List.
     */
    public Optional<ServerAddress> narrowedBy(ServerAddress wanted) {
        String name = serverName;
        if (!NamePattern.WILDCARD.equals(wanted.serverName)) {
            if (!NamePattern.WILDCARD.equals(name) && !NamePattern.matches(wanted.serverName, name)) {
                return Optional.empty();
            }
            name = NamePattern.WILDCARD.equals(name) ? wanted.serverName : name;
        }
        int narrowedRole = role;
        if (wanted.role != 0) {
            if (narrowedRole != 0 && narrowedRole != wanted.role) {
                return Optional.empty();
            }
            narrowedRole = wanted.role;
        }
        ProtocolSequence narrowedProtocol = protocol;
        if (wanted.protocol != ProtocolSequence.ALL) {
            if (narrowedProtocol != ProtocolSequence.ALL && narrowedProtocol != wanted.protocol) {
                return Optional.empty();
            }
            narrowedProtocol = wanted.protocol;
        }
        String narrowedEndpoint = endpoint;
        if (!wanted.hasAutomaticEndpoint()) {
            if (!hasAutomaticEndpoint() && !endpoint.equals(wanted.endpoint)) {
                return Optional.empty();
            }
            narrowedEndpoint = wanted.endpoint;
        }
        return Optional.of(new ServerAddress(narrowedProtocol, host, narrowedEndpoint, name, narrowedRole));
    }

    @Override
    public String toString() {
        return protocol == ProtocolSequence.LOCAL ? "local:" + endpoint : host + ":" + endpoint;
    }
}
