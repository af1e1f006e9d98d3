package org.openmom.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.TextLayout;
import org.openmom.model.ServerLocator;

class RoutesParserTest {
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "server.routes");

    static ParseResult<RoutesFile> parse(String text) {
        return RoutesParser.parse("server.routes", text);
    }

    static String rewrite(String text) {
        return RoutesWriter.write(parse(text).model());
    }

    @Test
    void theExampleFileParsesWithoutProblemsAndIsWrittenBackByteForByte() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        ParseResult<RoutesFile> result = RoutesParser.read(EXAMPLE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().routers()).extracting(RouterDeclaration::kind)
                .containsExactly(RouterKind.SERVER, RouterKind.SERVICE, RouterKind.EVENT);
        assertThat(RoutesWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void readsTheFieldsOfEachKindIntoNamesAndTargetLocator() {
        List<RouterDeclaration> routers = parse("""
                ServerRouter HQ Paris 1 paris.example ncacn_ip_tcp 7000
                ServiceRouter Orders Order+Book Back 2 back.example ncacn_ip_tcp *
                EventRouter Alerts Chat Price+Alert Trading * * ncalrpc trading
                """).model().routers();

        assertThat(routers).containsExactly(
                new ServerRouter("HQ", new ServerLocator("paris.example", "ncacn_ip_tcp", "7000", "Paris", "1")),
                new ServiceRouter("Orders", "Order Book", new ServerLocator("back.example", "ncacn_ip_tcp", "*", "Back", "2")),
                new EventRouter("Alerts", "Chat", "Price Alert", new ServerLocator("*", "ncalrpc", "trading", "Trading", "*")));
    }

    @Test
    void plusIsReadAsASpaceAndWrittenBackAsPlus() {
        RoutesFile routes = parse("ServiceRouter To+Back Order+Book Back+Office 2 back.example ncacn_ip_tcp *\n").model();

        ServiceRouter router = (ServiceRouter) routes.routers().get(0);
        assertThat(router.name()).isEqualTo("To Back");
        assertThat(router.serviceName()).isEqualTo("Order Book");
        assertThat(router.target().serverName()).isEqualTo("Back Office");
        assertThat(RoutesWriter.write(routes))
                .isEqualTo("ServiceRouter To+Back Order+Book Back+Office 2 back.example ncacn_ip_tcp *\n");
    }

    @Test
    void aDashIsAnEmptyFieldAndIsWrittenBackAsDash() {
        ParseResult<RoutesFile> result = parse("ServerRouter HQ Paris 1 paris.example ncacn_ip_tcp -\n");

        assertThat(result.model().routers().get(0).target().endpoint()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(52);
            assertThat(p.message()).isEqualTo("the endpoint is empty");
        });
        assertThat(RoutesWriter.write(result.model())).isEqualTo("ServerRouter HQ Paris 1 paris.example ncacn_ip_tcp -\n");
    }

    @Test
    void writesCanonicalSingleSpaces() {
        assertThat(rewrite("ServerRouter\tHQ  Paris 1   paris.example ncacn_ip_tcp 7000  \n"))
                .isEqualTo("ServerRouter HQ Paris 1 paris.example ncacn_ip_tcp 7000\n");
    }

    @Test
    void anUnknownKindIsAnErrorListingTheThreeKinds() {
        Problem problem = parse("# routes\nHostRouter HQ Paris 1 paris ncacn_ip_tcp 7000\n").problems().get(0);

        assertThat(problem.format()).isEqualTo("server.routes:2:1: unknown router kind 'HostRouter'"
                + " — start the line with one of ServerRouter, ServiceRouter, EventRouter");
    }

    @Test
    void aKindInTheWrongLetterCaseIsNamedInTheFix() {
        Problem problem = parse("serverrouter HQ Paris 1 paris ncacn_ip_tcp 7000\n").problems().get(0);

        assertThat(problem.fix()).startsWith("write ServerRouter (letter case matters)");
    }

    @Test
    void missingFieldsAreNamedAtTheEndOfTheLine() {
        List<Problem> problems = parse("""
                ServerRouter HQ Paris 1 paris ncacn_ip_tcp
                ServiceRouter Orders
                EventRouter
                """).problems();

        assertThat(problems).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(1, 43, "missing endpoint in the ServerRouter line"),
                tuple(2, 21, "missing service name, server name, role, network address, protocol and endpoint in the ServiceRouter line"),
                tuple(3, 12, "missing router name, service name, event name, server name, role, network address, protocol and endpoint"
                        + " in the EventRouter line"));
        assertThat(problems.get(1).fix()).isEqualTo("write it as ServiceRouter <router name> <service name> <server name> <role>"
                + " <network address> <protocol> <endpoint> (- for an empty field, + for a space)");
    }

    @Test
    void anExtraFieldIsReportedWhereItStarts() {
        Problem problem = parse("ServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000 tcp\n").problems().get(0);

        assertThat(problem.format()).isEqualTo(
                "server.routes:1:49: unexpected field 'tcp' after the endpoint — remove it, or write spaces inside a field as +");
    }

    @Test
    void aServiceRouterWithTheFieldsOfAServerRouterIsMissingItsEndpoint() {
        Problem problem = parse("ServiceRouter HQ Paris 1 paris ncacn_ip_tcp 7000\n").problems().get(0);

        assertThat(problem.message()).isEqualTo("missing endpoint in the ServiceRouter line");
    }

    @Test
    void unreadableLinesAreKeptOnRewrite() {
        String text = "# head\nServerRouter HQ\nServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000\nRouter x\n";

        ParseResult<RoutesFile> result = parse(text);

        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 4);
        assertThat(result.model().routers()).hasSize(1);
        assertThat(result.model().trailingComments()).containsExactly("Router x");
        assertThat(RoutesWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void commentsAndBlankLinesSurviveARewrite() {
        String text = "# one\n\n  # two\nServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000\n\n# end";

        RoutesFile routes = parse(text).model();

        assertThat(routes.routers().get(0).comments()).containsExactly("# one", "", "  # two");
        assertThat(routes.trailingComments()).containsExactly("", "# end");
        assertThat(RoutesWriter.write(routes)).isEqualTo(text);
    }

    @Test
    void crlfAndAMissingFinalNewlineAreKept() {
        String crlf = "# r\r\nServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000\r\n";
        String crlfWithoutFinalNewline = "# r\r\nServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000";

        assertThat(parse(crlf).model().layout()).isEqualTo(new TextLayout("\r\n", true));
        assertThat(rewrite(crlf)).isEqualTo(crlf);
        assertThat(rewrite(crlfWithoutFinalNewline)).isEqualTo(crlfWithoutFinalNewline);
    }

    @Test
    void everyProblemOfTheFileIsReportedInOneRunInFileOrder() {
        List<Problem> problems = parse("""
                ServerRouter HQ Paris 0 paris ncacn_ip_tcp http
                Bogus
                ServerRouter HQ Paris 1 paris ncalrpc 7000
                """).problems();

        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(
                tuple(1, 23), tuple(1, 44), tuple(2, 1), tuple(3, 14), tuple(3, 25));
    }

    @Test
    void anUnreadableFileIsOneProblem(@TempDir Path folder) {
        assertThatThrownBy(() -> RoutesParser.read(folder.resolve("absent.routes")))
                .isInstanceOf(FileProblemException.class)
                .hasMessageContaining("absent.routes:1:1: no such file");
    }

    @Test
    void saveWritesTheFileAndReadsBack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("server.routes");
        RoutesFile routes = parse("ServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000\n").model();

        RoutesWriter.save(routes, file);

        assertThat(Files.readString(file)).isEqualTo("ServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000\n");
        assertThat(RoutesParser.read(file).model()).isEqualTo(routes);
    }
}
