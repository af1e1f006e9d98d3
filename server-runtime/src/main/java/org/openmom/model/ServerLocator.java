package org.openmom.model;

import java.util.Optional;

/**
 * Where to find a server: the computer (network address, protocol sequence, endpoint) and,
 * optionally, the server's identity (name and role, {@code *} for any). A Servers.lst
 * declaration and the target of a router are both locators. Fields hold the text as the person
 * gave it (names already decoded from {@code +}); {@code ServerLocatorRules} says what is valid.
 */
public record ServerLocator(String networkAddress, String protocol, String endpoint, String serverName, String serverRole) {
    public static final String ANY = NamePattern.WILDCARD;

    /** The protocol, when its name is one of the guide's. */
    public Optional<ProtocolSequence> protocolSequence() {
        return ProtocolSequence.fromFileName(protocol);
    }

    /** The role as a number, or empty for {@code *} (any role) or an invalid role. */
    public Optional<Integer> roleNumber() {
        try {
            return Optional.of(Integer.parseInt(serverRole));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
