package org.openmom.examples.chat.client;

import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * The guide's connect screen: the name to chat under, and where to find a server.
 *
 * @param user  the user name registered with the service CHAT
 * @param where Server, Role, Host, Protocol Sequence and End Point; Host {@code *} uses the
 *              Servers List and the other fields narrow its declarations
 */
public record ChatRequest(String user, ServerLocator where) {
    /** Only the User: the first active server the Servers List names for CHAT. */
    public static ChatRequest throughServersList(String user) {
        return new ChatRequest(user, new ServerLocator(ServerLocator.ANY, ProtocolSequence.ALL.fileName(), ServerLocator.ANY, ServerLocator.ANY, ServerLocator.ANY));
    }
}
