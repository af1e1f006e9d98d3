package org.openmom.serverslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openmom.model.ServerLocator;

class ServersListMatchingTest {
    private final ServersList guide = ServersListParser.parse("Servers.lst", ServersListParserTest.guideExample()).model();

    ServersListMatchingTest() throws IOException {}

    @Test
    void theExplorerUsesTheAdminEntryAndTriesItsDeclarationsInOrder() {
        assertThat(guide.declarationsFor("ADMIN", "anybody"))
                .extracting(ServerDeclaration::toLine)
                .containsExactly("pc17 ncacn_nb_nb * * *", "4tier12 ncacn_ip_tcp * * *", "* ncalrpc * * *");
    }

    @Test
    void theChatServiceUsesItsOwnEntry() {
        assertThat(guide.declarationsFor("CHAT", "jean"))
                .extracting(ServerDeclaration::locator)
                .containsExactly(new ServerLocator("pc17", "ncacn_nb_nb", "*", "Chat Server", "*"));
    }

    @Test
    void everyOtherServiceFallsToTheGeneralEntry() {
        assertThat(guide.entryFor("PAYROLL", "batch")).get().extracting(ServersListEntry::headerLine).isEqualTo("! * *");
    }

    @Test
    void theFirstMatchingEntryWinsEvenWhenALaterOneIsMoreParticular() {
        ServersList list = ServersListParser.parse("f", "! Service1 *\nA ncacn_ip_tcp * * *\n! Service1 Toto\nB ncacn_ip_tcp * * *\n").model();

        assertThat(list.declarationsFor("Service1", "Toto")).extracting(d -> d.locator().networkAddress()).containsExactly("A");
    }

    @Test
    void userPatternsMatterToo() {
        ServersList list = ServersListParser.parse("f", "! Service1 Toto\nA ncacn_ip_tcp * * *\n! Service1 *\nB ncacn_ip_tcp * * *\n").model();

        assertThat(list.declarationsFor("Service1", "Toto")).extracting(d -> d.locator().networkAddress()).containsExactly("A");
        assertThat(list.declarationsFor("Service1", "Titi")).extracting(d -> d.locator().networkAddress()).containsExactly("B");
    }

    @Test
    void namesWithSpacesMatchTheirPlusEncodedEntry() {
        ServersList list = ServersListParser.parse("f", "! Chat+Client *\nA ncacn_ip_tcp * * *\n").model();

        assertThat(list.entryFor("Chat Client", "x")).isPresent();
        assertThat(list.entryFor("Chat+Client", "x")).isEmpty();
    }

    @Test
    void noEntryMatchesInAListWithoutAGeneralEntry() {
        ServersList list = ServersListParser.parse("f", "! CHAT *\nA ncacn_ip_tcp * * *\n").model();

        assertThat(list.entryFor("chat", "x")).as("names are case-sensitive").isEmpty();
        assertThat(list.declarationsFor("OTHER", "x")).isEmpty();
    }
}
