package org.openmom.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.model.ServerLocator;

class RoutesValidatorTest {
    private static final ServerLocator PARIS = new ServerLocator("paris", "ncacn_ip_tcp", "7000", "Paris", "1");

    private static List<Problem> problems(String text) {
        return RoutesParser.parse("server.routes", text).problems();
    }

    private static Problem onlyProblem(String text) {
        List<Problem> problems = problems(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aRouterNameUsedTwiceIsAnErrorAtTheSecond() {
        Problem problem = onlyProblem("""
                ServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000
                ServiceRouter Orders Order+Book Back 2 back ncacn_ip_tcp *
                EventRouter HQ Chat Alert Trading * * ncalrpc trading
                """);

        assertThat(problem.format()).isEqualTo("server.routes:3:13: duplicate router name 'HQ': the ServerRouter above (router 1 of the file)"
                + " already has it — rename one of the two: router names are unique in a routes file");
    }

    @Test
    void anEmptyRouterNameIsAnError() {
        Problem problem = onlyProblem("ServerRouter - Paris 1 paris ncacn_ip_tcp 7000\n");

        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.message()).isEqualTo("the router name is empty");
    }

    @Test
    void aRouterNameIsNotAPattern() {
        Problem problem = onlyProblem("ServerRouter HQ* Paris 1 paris ncacn_ip_tcp 7000\n");

        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.message()).isEqualTo("the router name 'HQ*' contains *, but a router name is not a pattern");
    }

    @Test
    void aPlusInANameIsAnError() {
        var routes = new RoutesFile(List.of(new EventRouter("A+B", "Chat+1", "Ping+Pong", PARIS)));

        assertThat(RoutesValidator.validate(routes)).extracting(Finding::field, Finding::message).containsExactly(
                tuple(RouterDeclaration.NAME, "the router name 'A+B' contains '+', which is not allowed in names"),
                tuple(EventRouter.SERVICE_NAME, "the service name 'Chat+1' contains '+', which is not allowed in names"),
                tuple(EventRouter.EVENT_NAME, "the event name 'Ping+Pong' contains '+', which is not allowed in names"));
    }

    @Test
    void emptyServiceAndEventNamesAreErrors() {
        List<Problem> problems = problems("""
                ServiceRouter Orders - Back 2 back ncacn_ip_tcp *
                EventRouter Alerts Chat - Trading * * ncalrpc trading
                """);

        assertThat(problems).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(1, 22, "the service name is empty"),
                tuple(2, 25, "the event name is empty"));
    }

    @Test
    void wildcardServiceAndEventNamesAreAllowed() {
        assertThat(problems("EventRouter Alerts Chat* * Trading * * ncalrpc trading\n")).isEmpty();
    }

    @Test
    void theTargetIsCheckedWithTheServersListRulesAtThisFormatsColumns() {
        List<Problem> problems = problems("""
                ServerRouter A Paris x paris tcp 7000
                ServiceRouter B Orders Back 2 back ncacn_ip_tcp http
                EventRouter C Chat Alert Trading 1 host ncalrpc trading
                EventRouter D Chat Alert - 1 * ncalrpc trading
                """);

        assertThat(problems).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(1, 22, "the server role 'x' is neither * nor a whole number ≥ 1"),
                tuple(1, 30, "unknown protocol sequence 'tcp'"),
                tuple(2, 49, "the TCP endpoint 'http' is not a port number"),
                tuple(3, 36, "the Local protocol (ncalrpc) needs * as network address, not 'host'"),
                tuple(4, 26, "the server name is empty"));
    }

    @Test
    void theTargetFieldsOfEachKindFollowTheLineNotTheLocator() {
        assertThat(RouterKind.SERVER.targetFields()).isEqualTo(new FieldPositions(4, 5, 6, 2, 3));
        assertThat(RouterKind.SERVICE.targetFields()).isEqualTo(new FieldPositions(5, 6, 7, 3, 4));
        assertThat(RouterKind.EVENT.targetFields()).isEqualTo(new FieldPositions(6, 7, 8, 4, 5));
    }

    @Test
    void aFieldThatIsJustADashIsAnErrorInTheModel() {
        var routes = new RoutesFile(List.of(new ServiceRouter("Orders", "-", PARIS)));

        assertThat(RoutesValidator.validate(routes)).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo(ElementRef.of(0));
            assertThat(f.field()).isEqualTo(ServiceRouter.SERVICE_NAME);
            assertThat(f.message()).contains("cannot be just '-'");
        });
    }

    @Test
    void routersAreFoundByNameAndCountedByKind() {
        var routes = new RoutesFile(List.of(
                new ServerRouter("HQ", PARIS), new ServiceRouter("Orders", "Order Book", PARIS),
                new ServiceRouter("Chat", "Chat", PARIS)));

        assertThat(routes.router("Orders")).containsInstanceOf(ServiceRouter.class);
        assertThat(routes.router("None")).isEmpty();
        assertThat(routes.countByKind()).containsExactly(
                org.assertj.core.api.Assertions.entry(RouterKind.SERVER, 1),
                org.assertj.core.api.Assertions.entry(RouterKind.SERVICE, 2));
    }
}
