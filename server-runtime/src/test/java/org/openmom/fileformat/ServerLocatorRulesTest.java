package org.openmom.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.fileformat.ServerLocatorRules.Purpose;
import org.openmom.model.ServerLocator;

/** One set of rules for a locator; only what its network address may be depends on what it is for. */
class ServerLocatorRulesTest {
    private static final FieldPositions FIELDS = new FieldPositions(0, 1, 2, 3, 4);

    private static List<String> problems(ServerLocator locator, Purpose purpose) {
        List<Finding> findings = new ArrayList<>();
        ServerLocatorRules.check(locator, purpose, ElementRef.of(0), FIELDS, findings);
        return findings.stream().map(f -> f.field() + " " + f.message()).toList();
    }

    @Test
    void aStarAddressUsesTheServersListWhenSearchingButIsOnlyForLocalInADeclaration() {
        ServerLocator everyServerOfTheList = new ServerLocator("*", "*", "*", "*", "*");

        assertThat(problems(everyServerOfTheList, Purpose.SEARCH)).isEmpty();
        assertThat(problems(everyServerOfTheList, Purpose.DECLARATION)).containsExactly("0 the network address is mandatory for *");
    }

    @Test
    void aSearchMayNameTheHostOfALocalServerADeclarationMayNot() {
        ServerLocator thisMachine = new ServerLocator("localhost", "ncalrpc", "*", "Demo", "1");

        assertThat(problems(thisMachine, Purpose.SEARCH)).isEmpty();
        assertThat(problems(thisMachine, Purpose.DECLARATION))
                .containsExactly("0 the Local protocol (ncalrpc) needs * as network address, not 'localhost'");
    }

    @Test
    void onlyTheProtocolsOfThisPlatformCanFindServers() {
        ServerLocator netBios = new ServerLocator("pc17", "ncacn_nb_nb", "*", "*", "*");

        assertThat(problems(netBios, Purpose.DECLARATION)).isEmpty();
        assertThat(problems(netBios, Purpose.SEARCH)).containsExactly("1 NetBIOS/NetBEUI (ncacn_nb_nb) is not served on this platform");
    }

    @Test
    void theFixSaysHowToAskForAnyRoleTheWayThePurposeReadsIt() {
        List<Finding> findings = new ArrayList<>();
        ServerLocator noRole = new ServerLocator("*", "*", "*", "*", "-1");

        ServerLocatorRules.check(noRole, Purpose.SEARCH, ElementRef.of(0), FIELDS, findings);
        ServerLocatorRules.check(noRole, Purpose.DECLARATION, ElementRef.of(0), FIELDS, findings);

        assertThat(findings).filteredOn(f -> f.field() == 4).extracting(Finding::fix).containsExactly(
                "write 0 for any role, or a role number such as 1", "write * for any role, or a role number such as 1");
    }

    @Test
    void endpointNameAndRoleFollowTheSameRulesEitherWay() {
        ServerLocator wrong = new ServerLocator("db1", "ncacn_ip_tcp", "http", "C++", "0");

        for (Purpose purpose : Purpose.values()) {
            assertThat(problems(wrong, purpose)).containsExactly(
                    "2 the TCP endpoint 'http' is not a port number",
                    "3 the server name 'C++' contains '+', which is not allowed in names",
                    "4 the server role '0' is neither * nor a whole number ≥ 1");
        }
    }
}
