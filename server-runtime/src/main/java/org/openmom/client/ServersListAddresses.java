package org.openmom.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;

/** The addresses a service tries, from the first Servers List entry matching it (guide: "Servers List"). */
public final class ServersListAddresses {
    private ServersListAddresses() {}

    /**
     * @throws OpenMomException naming the file (and line) when it cannot be read, has errors or
     *                          has no entry for {@code who}
     */
    public static List<ServerAddress> of(Path file, ServiceUser who) {
        ParseResult<ServersList> result;
        try {
            result = ServersListParser.read(file);
        } catch (FileProblemException e) {
            throw new OpenMomException(e.getMessage());
        }
        if (result.hasErrors()) {
            throw new OpenMomException(result.errors().get(0).format());
        }
        List<ServerDeclaration> declarations = result.model().declarationsFor(who.service(), who.user());
        if (declarations.isEmpty()) {
            throw new OpenMomException(file + ": no entry matches " + who.service() + " " + who.user()
                    + " — add '! " + who.service() + " *' or '! * *' with a server declaration");
        }
        List<ServerAddress> addresses = new ArrayList<>();
        for (ServerDeclaration declaration : declarations) {
            addresses.add(ServerAddress.of(declaration.locator()));
        }
        return addresses;
    }
}
