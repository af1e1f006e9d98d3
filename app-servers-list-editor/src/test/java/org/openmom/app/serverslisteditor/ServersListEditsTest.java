package org.openmom.app.serverslisteditor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.model.ServerLocator;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;
import org.openmom.serverslist.ServersListWriter;

class ServersListEditsTest {
    private final ServersList list = ServersListParser.parse("f",
            "# first\n! A *\n* ncalrpc * * *\nh ncacn_ip_tcp 1 * *\n! B *\n* ncalrpc * * *\n").model();

    private static String text(ServersList list) {
        return ServersListWriter.write(list);
    }

    @Test
    void movingAnEntryTakesItsCommentsAndDeclarationsAlong() {
        assertThat(text(ServersListEdits.moveEntry(list, 0, 1)))
                .isEqualTo("! B *\n* ncalrpc * * *\n# first\n! A *\n* ncalrpc * * *\nh ncacn_ip_tcp 1 * *\n");
    }

    @Test
    void declarationsMoveInsideTheirEntry() {
        assertThat(text(ServersListEdits.moveDeclaration(list, 0, 1, -1)))
                .isEqualTo("# first\n! A *\nh ncacn_ip_tcp 1 * *\n* ncalrpc * * *\n! B *\n* ncalrpc * * *\n");
    }

    @Test
    void entriesAreInsertedRenamedAndRemoved() {
        ServersList edited = ServersListEdits.insertEntry(list, 1,
                new org.openmom.serverslist.ServersListEntry("C", "u", java.util.List.of()));
        edited = ServersListEdits.renameEntry(edited, 1, "Chat Client", "*");
        edited = ServersListEdits.removeEntry(edited, 0);

        assertThat(text(edited)).isEqualTo("! Chat+Client *\n! B *\n* ncalrpc * * *\n");
    }

    @Test
    void declarationsAreInsertedReplacedAndRemoved() {
        ServersList edited = ServersListEdits.insertDeclaration(list, 1, 0,
                new ServerDeclaration(new ServerLocator("x", "ncacn_ip_tcp", "7410", "S", "1")));
        edited = ServersListEdits.replaceDeclaration(edited, 1, 1, new ServerLocator("*", "ncalrpc", "S.1", "S", "1"));
        edited = ServersListEdits.removeDeclaration(edited, 0, 0);

        assertThat(text(edited)).isEqualTo(
                "# first\n! A *\nh ncacn_ip_tcp 1 * *\n! B *\nx ncacn_ip_tcp 7410 S 1\n* ncalrpc S.1 S 1\n");
    }
}
