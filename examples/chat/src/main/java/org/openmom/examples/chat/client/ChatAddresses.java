package org.openmom.examples.chat.client;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.openmom.client.OpenMomException;
import org.openmom.client.ServersListAddresses;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerLocator;
import org.openmom.model.ServiceUser;

/**
 * The addresses the chat tries, in order, for the connect screen's fields. The client API takes
 * a list of addresses and fails over along it, so this is all the chat has to decide.
 */
public final class ChatAddresses {
    private ChatAddresses() {}

    /**
     * A Host names one place. Host {@code *} means the Servers List ({@code files/Servers.lst}
     * of {@code home}): the declarations of the first entry matching {@code who}, narrowed by the
     * other fields; without a Servers List, the servers of this machine.
     *
     * @throws OpenMomException one line naming the file and the fix when the list has no usable declaration
     */
    public static List<ServerAddress> of(ServerLocator where, ServiceUser who, OpenMomHome home) {
        ServerAddress wanted = ServerAddress.of(where);
        if (!where.networkAddress().equals(ServerLocator.ANY) || !Files.exists(home.serversList())) {
            return List.of(wanted);
        }
        List<ServerAddress> narrowed = new ArrayList<>();
        for (ServerAddress declaration : ServersListAddresses.of(home.serversList(), who)) {
            declaration.narrowedBy(wanted).ifPresent(narrowed::add);
        }
        if (narrowed.isEmpty()) {
            throw new OpenMomException(home.serversList() + ": no declaration for " + who + " matches Server " + where.serverName()
                    + ", Role " + where.serverRole() + ", Protocol " + (where.protocol().isEmpty() ? "*" : where.protocol())
                    + ", End Point " + where.endpoint() + " — leave those fields blank, or give a Host");
        }
        return narrowed;
    }
}
