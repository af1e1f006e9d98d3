package org.openmom.serverslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.Severity;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

class ServersListValidatorTest {

    private static List<Problem> problemsOf(String text) {
        return ServersListParser.parse("Servers.lst", text).problems();
    }

    private static Problem onlyProblemOf(String text) {
        List<Problem> problems = problemsOf(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolSequence.class, names = {"LOCAL", "ALL"}, mode = EnumSource.Mode.EXCLUDE)
    void everyNetworkProtocolOfTheGuideIsValidWithAHost(ProtocolSequence protocol) {
        assertThat(problemsOf("! * *\nhost " + protocol.fileName() + " * * *\n")).isEmpty();
    }

    @Test
    void theTenProtocolNamesOfTheGuideAreKnown() {
        assertThat(ProtocolSequence.allFileNames()).isEqualTo("ncacn_ip_tcp, ncadg_ip_udp, ncacn_nb_ipx, ncacn_nb_nb, "
                + "ncacn_nb_tcp, ncacn_np, ncacn_spx, ncacn_dnet_nsp, ncadg_ipx, ncalrpc, *");
        assertThat(problemsOf("! * *\n* ncalrpc * * *\nhost * * * *\n")).isEmpty();
    }

    @Test
    void anUnknownProtocolIsAnErrorListingTheValidNames() {
        Problem problem = onlyProblemOf("! * *\nhost tcp 7410 * *\n");

        assertThat(problem.format()).isEqualTo("Servers.lst:2:6: unknown protocol sequence 'tcp' — use one of "
                + ProtocolSequence.allFileNames());
    }

    @Test
    void theLocalProtocolNeedsAStarAsNetworkAddress() {
        Problem problem = onlyProblemOf("! * *\npc17 ncalrpc * * *\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("the Local protocol (ncalrpc) needs * as network address, not 'pc17'");
        assertThat(problem.fix()).isEqualTo("replace 'pc17' with *");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ncacn_ip_tcp", "ncacn_nb_nb", "*"})
    void theNetworkAddressIsMandatoryForEveryOtherProtocol(String protocol) {
        Problem problem = onlyProblemOf("! * *\n* " + protocol + " * * *\n");

        assertThat(problem.message()).startsWith("the network address is mandatory for");
        assertThat(problem.column()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "0", "65536", "-1", "74a0"})
    void aTcpEndpointMustBeAPort(String endpoint) {
        Problem problem = onlyProblemOf("! * *\nhost ncacn_ip_tcp " + endpoint + " * *\n");

        assertThat(problem.column()).isEqualTo(19);
        assertThat(problem.message()).isEqualTo("the TCP endpoint '" + endpoint + "' is not a port number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "7410", "65535", "*"})
    void tcpEndpointsThatArePortsOrAStarAreValid(String endpoint) {
        assertThat(problemsOf("! * *\nhost ncacn_ip_tcp " + endpoint + " * *\n")).isEmpty();
    }

    @Test
    void aLocalEndpointIsAnyNameWithoutSlash() {
        assertThat(problemsOf("! * *\n* ncalrpc Server1.1 * *\n")).isEmpty();
        assertThat(onlyProblemOf("! * *\n* ncalrpc ../x * *\n").message()).contains("contains a space, a '+' or a '/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "one", "1.5", "99999999999"})
    void theRoleIsAStarOrAWholeNumberFromOne(String role) {
        Problem problem = onlyProblemOf("! * *\nhost ncacn_ip_tcp * Server1 " + role + "\n");

        assertThat(problem.column()).isEqualTo(29);
        assertThat(problem.message()).isEqualTo("the server role '" + role + "' is neither * nor a whole number ≥ 1");
    }

    @Test
    void namesMayNotContainAPlusInTheModel() {
        ServersList list = new ServersList(List.of(new ServersListEntry("C++", "*",
                List.of(new ServerDeclaration(new ServerLocator("*", "ncalrpc", "*", "A+B", "*"))))));

        assertThat(ServersListValidator.validate(list))
                .extracting(Finding::element, Finding::field, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ElementRef.of(0), ServersListEntry.SERVICE_NAME,
                                "the service name 'C++' contains '+', which is not allowed in names"),
                        org.assertj.core.groups.Tuple.tuple(ElementRef.of(0, 0), ServerDeclaration.SERVER_NAME,
                                "the server name 'A+B' contains '+', which is not allowed in names"));
    }

    @Test
    void namesMayNotBeEmptyInTheModel() {
        ServersList list = new ServersList(List.of(new ServersListEntry("", "*",
                List.of(new ServerDeclaration(new ServerLocator("", "ncacn_ip_tcp", "", "*", "*"))))));

        assertThat(ServersListValidator.validate(list)).extracting(Finding::message).containsExactly(
                "the service name is empty", "the network address is empty", "the endpoint is empty");
    }

    @Test
    void aGeneralEntryAboveAParticularOneIsAWarningThatSaysWhatToDo() {
        ParseResult<ServersList> result = ServersListParser.parse("Servers.lst",
                "! * *\n* ncalrpc * * *\n! CHAT *\n* ncalrpc * * *\n");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.format()).isEqualTo("Servers.lst:3:3: warning: '! * *' above '! CHAT *': CHAT will never use "
                    + "its own entry — move '! CHAT *' up, above '! * *'");
        });
    }

    @Test
    void theGuidesOrderFromParticularToGeneralGivesNoWarning() {
        assertThat(problemsOf("! Service1 Toto\n* ncalrpc * * *\n! Service1 *\n* ncalrpc * * *\n! * *\n* ncalrpc * * *\n"))
                .isEmpty();
    }

    @Test
    void aSameEntryTwiceIsShadowed() {
        assertThat(onlyProblemOf("! CHAT *\n* ncalrpc * * *\n! CHAT *\n* ncalrpc * * *\n").message())
                .isEqualTo("'! CHAT *' above '! CHAT *': CHAT will never use its own entry");
    }

    @Test
    void aPrefixPatternShadowsTheNamesItCovers() {
        assertThat(onlyProblemOf("! CH* *\n* ncalrpc * * *\n! CHAT Jean\n* ncalrpc * * *\n").line()).isEqualTo(3);
    }

    @Test
    void aDuplicateDeclarationIsAWarningOnTheSecond() {
        Problem problem = onlyProblemOf("! * *\nhost ncacn_ip_tcp 7410 * *\n* ncalrpc * * *\nhost ncacn_ip_tcp 7410 * *\n");

        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo(
                "duplicate server declaration: 'host ncacn_ip_tcp 7410 * *' is already declaration 1 of this entry");
    }

    @Test
    void anEntryWithoutDeclarationsIsAWarning() {
        Problem problem = onlyProblemOf("! CHAT *\n! * *\n* ncalrpc * * *\n");

        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("has no server declaration");
    }
}
