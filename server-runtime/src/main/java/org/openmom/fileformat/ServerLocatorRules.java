package org.openmom.fileformat;

import java.util.List;
import org.openmom.model.NamePattern;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * The rules of the guide for a server locator, shared by Servers.lst declarations, routers and
 * the forms that find servers (the Explorer's Connect): the protocol is one of the guide's
 * names; a TCP endpoint is a port; the server name is a name or {@code *}; the role is {@code *}
 * or a number ≥ 1. The network address depends on the {@link Purpose}.
 */
public final class ServerLocatorRules {
    public static final int HIGHEST_PORT = 65_535;

    /** The field numbers of the locator's parts on the line of a particular file format. */
    public record FieldPositions(int networkAddress, int protocol, int endpoint, int serverName, int serverRole) {}

    /** What a locator is for, which decides what its network address may be. */
    public enum Purpose {
        /**
         * A line of a file (Servers.lst, routes): the network address names the server's
         * computer, mandatory except for Local, where it must be {@code *}.
         */
        DECLARATION,
        /**
         * A search for running servers: {@code *} as network address uses the declarations of the
         * Servers List (the other fields then narrow them), a host may be named for any
         * protocol, and only the protocols this platform serves can find anything.
         */
        SEARCH
    }

    private ServerLocatorRules() {}

    /** The rules of a {@link Purpose#DECLARATION declaration}. */
    public static void check(ServerLocator locator, ElementRef element, FieldPositions at, List<Finding> findings) {
        check(locator, Purpose.DECLARATION, element, at, findings);
    }

    public static void check(ServerLocator locator, Purpose purpose, ElementRef element, FieldPositions at, List<Finding> findings) {
        checkProtocol(locator, purpose, element, at, findings);
        if (purpose == Purpose.DECLARATION) {
            checkDeclaredAddress(locator, element, at, findings);
        } else if (!locator.networkAddress().isBlank() && !locator.networkAddress().equals(ServerLocator.ANY)) {
            checkHostName(locator.networkAddress(), element, at, findings);
        }
        checkEndpoint(locator, purpose, element, at, findings);
        NameRules.checkName(locator.serverName(), "server name", element, at.serverName(), findings);
        checkRole(locator.serverRole(), purpose, element, at.serverRole(), findings);
    }

    private static void checkProtocol(ServerLocator locator, Purpose purpose, ElementRef element, FieldPositions at,
            List<Finding> findings) {
        var protocol = locator.protocolSequence();
        if (protocol.isEmpty()) {
            findings.add(Finding.error(element, at.protocol(),
                    "unknown protocol sequence '" + locator.protocol() + "'",
                    "use one of " + ProtocolSequence.allFileNames()));
        } else if (purpose == Purpose.SEARCH && !protocol.get().isAvailable()) {
            findings.add(Finding.error(element, at.protocol(),
                    protocol.get().displayName() + " is not served on this platform",
                    "choose TCP/IP, Local communications or All available protocols"));
        }
    }

    private static void checkDeclaredAddress(ServerLocator locator, ElementRef element, FieldPositions at, List<Finding> findings) {
        String address = locator.networkAddress();
        var protocol = locator.protocolSequence();
        boolean local = protocol.filter(p -> p == ProtocolSequence.LOCAL).isPresent();
        if (address.isBlank()) {
            findings.add(Finding.error(element, at.networkAddress(), "the network address is empty",
                    local ? "write * for the Local protocol" : "give the host name or address of the server's computer"));
        } else if (local && !address.equals(ServerLocator.ANY)) {
            findings.add(Finding.error(element, at.networkAddress(),
                    "the Local protocol (ncalrpc) needs * as network address, not '" + address + "'",
                    "replace '" + address + "' with *"));
        } else if (!local && protocol.isPresent() && address.equals(ServerLocator.ANY)) {
            findings.add(Finding.error(element, at.networkAddress(),
                    "the network address is mandatory for " + protocol.get().fileName(),
                    "give the host name or address of the server's computer (only ncalrpc takes *)"));
        } else {
            checkHostName(address, element, at, findings);
        }
    }

    private static void checkHostName(String address, ElementRef element, FieldPositions at, List<Finding> findings) {
        if (!FieldCodec.isWritable(address) || address.contains(" ")) {
            findings.add(Finding.error(element, at.networkAddress(),
                    "the network address '" + address + "' contains a space or a '+'",
                    "give a host name or an IP address"));
        }
    }

    private static void checkEndpoint(ServerLocator locator, Purpose purpose, ElementRef element, FieldPositions at,
            List<Finding> findings) {
        String endpoint = locator.endpoint();
        if (endpoint.isBlank()) {
            findings.add(Finding.error(element, at.endpoint(), "the endpoint is empty",
                    "write * to let the server's endpoint be found automatically"));
            return;
        }
        if (endpoint.equals(ServerLocator.ANY)) {
            return;
        }
        if (!FieldCodec.isWritable(endpoint) || endpoint.contains(" ") || endpoint.contains("/")) {
            findings.add(Finding.error(element, at.endpoint(),
                    "the endpoint '" + endpoint + "' contains a space, a '+' or a '/'",
                    "give a port number for TCP, a simple name for Local, or *"));
            return;
        }
        if (locator.protocolSequence().filter(p -> p == ProtocolSequence.TCP).isPresent() && !isPort(endpoint)) {
            findings.add(Finding.error(element, at.endpoint(),
                    "the TCP endpoint '" + endpoint + "' is not a port number",
                    "give a port from 1 to " + HIGHEST_PORT + (purpose == Purpose.SEARCH
                            ? ", or leave it blank to find the server automatically" : ", or * to search the server's port")));
        }
    }

    private static void checkRole(String role, Purpose purpose, ElementRef element, int field, List<Finding> findings) {
        if (role.equals(NamePattern.WILDCARD)) {
            return;
        }
        if (!isPositiveInteger(role)) {
            findings.add(Finding.error(element, field,
                    "the server role '" + role + "' is neither * nor a whole number ≥ 1",
                    (purpose == Purpose.SEARCH ? "write 0" : "write *") + " for any role, or a role number such as 1"));
        }
    }

    static boolean isPort(String text) {
        return isPositiveInteger(text) && Integer.parseInt(text) <= HIGHEST_PORT;
    }

    static boolean isPositiveInteger(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(text) >= 1;
    }
}
