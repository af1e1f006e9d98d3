package org.openmom.app.serverslisteditor;

import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * A server declaration in the words the editor's table uses (protocol names, decoded server
 * names, "automatic end point" for *), and the one rule of which protocols this platform can use.
 */
final class DeclarationWords {
    private static final String ANY = "*";

    private DeclarationWords() {}

    /** "TCP/IP (ncacn_ip_tcp)", or the file's word when it names no protocol we know. */
    static String protocol(ServerLocator locator) {
        return locator.protocolSequence().map(ProtocolSequence::displayName).orElse(locator.protocol());
    }

    /** "4tier12, TCP/IP (ncacn_ip_tcp), automatic end point, server Server1, any role". */
    static String sentence(ServerLocator locator) {
        return locator.networkAddress() + ", " + protocol(locator) + ", "
                + (ANY.equals(locator.endpoint()) ? "automatic end point" : "end point " + locator.endpoint()) + ", "
                + (ANY.equals(locator.serverName()) ? "any server" : "server " + locator.serverName()) + ", "
                + (ANY.equals(locator.serverRole()) ? "any role" : "role " + locator.serverRole());
    }

    /** Whether services on this machine can reach a server by this protocol (the probe and the problems both ask). */
    static boolean usableHere(ProtocolSequence protocol) {
        return protocol.isAvailable();
    }

    /** Why a declaration by {@code protocol} finds nothing here. */
    static String notUsableHere(ProtocolSequence protocol) {
        return protocol.displayName() + " is not available on this platform: only TCP/IP and Local can be used here";
    }
}
