package org.openmom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
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

class ServerConfigurationParserTest {
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "server.conf");

    static ParseResult<ServerConfiguration> parse(String text) {
        return ServerConfigurationParser.parse("server.conf", text);
    }

    static String rewrite(String text) {
        return ServerConfigurationWriter.write(parse(text).model());
    }

    @Test
    void theExampleFileParsesWithoutProblemsAndIsWrittenBackByteForByte() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        ParseResult<ServerConfiguration> result = ServerConfigurationParser.read(EXAMPLE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().reflexes()).hasSize(9);
        assertThat(result.model().countByKind()).containsEntry(ReflexKind.LOGGING_SERVICE, 3)
                .containsEntry(ReflexKind.DEAD_LETTERS, 1);
        assertThat(ServerConfigurationWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void readsTheFiveFieldsOfEachKind() {
        var reflexes = parse("""
                LoggingService Journal builtin * data/all.journal
                LocalService Echo builtin Ping Echo
                RegistrationFilter Gate sec.jar * com.acme.Check
                MessageFilter * builtin * SizeLimit
                DeregistrationFilter Audit sec.jar Chat com.acme.Audit
                DeliveryFilter Chat builtin Hello com.acme.Deliver
                DeadLetters * builtin * DeadLetterLog
                Activation Orders bin/orders NOWAIT 3
                """).model().reflexes();

        assertThat(reflexes).extracting(ReflexDeclaration::kind).containsExactly(ReflexKind.values());
        assertThat(reflexes.get(2)).isEqualTo(new ReflexDeclaration(
                ReflexKind.REGISTRATION_FILTER, "Gate", "sec.jar", "*", "com.acme.Check"));
    }

    @Test
    void plusIsReadAsASpaceAndWrittenBackAsPlus() {
        ServerConfiguration model = parse("LocalService Order+Book my+reflexes.jar Place+Order com.acme.Place\n").model();

        ReflexDeclaration reflex = model.reflexes().get(0);
        assertThat(reflex.serviceName()).isEqualTo("Order Book");
        assertThat(reflex.dllPath()).isEqualTo("my reflexes.jar");
        assertThat(reflex.key()).isEqualTo("Place Order");
        assertThat(ServerConfigurationWriter.write(model))
                .isEqualTo("LocalService Order+Book my+reflexes.jar Place+Order com.acme.Place\n");
    }

    @Test
    void aDashIsAnEmptyFieldAndIsWrittenBackAsDash() {
        ParseResult<ServerConfiguration> result = parse("LocalService Echo builtin - Echo\n");

        assertThat(result.model().reflexes().get(0).key()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(27);
            assertThat(p.message()).contains("Key (event name)", "is empty");
        });
        assertThat(ServerConfigurationWriter.write(result.model())).isEqualTo("LocalService Echo builtin - Echo\n");
        assertThat(ServerConfigurationWriter.write(new ServerConfiguration(List.of(
                new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "", "", "", "")))))
                .isEqualTo("LocalService - - - -\n");
    }

    @Test
    void writesCanonicalSingleSpaces() {
        assertThat(rewrite("  LocalService\tEcho   builtin  Ping Echo   \n")).isEqualTo("LocalService Echo builtin Ping Echo\n");
    }

    @Test
    void anUnknownKindIsAnErrorListingTheSevenKinds() {
        ParseResult<ServerConfiguration> result = parse("# reflexes\n  Logger Journal builtin * a.journal\n");

        Problem problem = result.problems().get(0);
        assertThat(problem.format()).startsWith("server.conf:2:3: unknown reflex kind 'Logger' — start the line with one of ")
                .endsWith(ReflexKind.allKeywords());
        assertThat(ReflexKind.allKeywords()).contains("LoggingService", "LocalService", "RegistrationFilter",
                "MessageFilter", "DeregistrationFilter", "DeliveryFilter", "DeadLetters");
    }

    @Test
    void aKindInTheWrongLetterCaseIsNamedInTheFix() {
        Problem problem = parse("loggingservice Journal builtin * a.journal\n").problems().get(0);

        assertThat(problem.message()).isEqualTo("unknown reflex kind 'loggingservice'");
        assertThat(problem.fix()).startsWith("write LoggingService (letter case matters)");
    }

    @Test
    void missingFieldsAreNamedAtTheEndOfTheLine() {
        List<Problem> problems = parse("""
                LocalService Echo builtin Ping
                MessageFilter Chat
                DeadLetters
                """).problems();

        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(
                tuple(1, 31),
                tuple(2, 19),
                tuple(3, 12));
        assertThat(problems.get(0).message()).isEqualTo("missing Value (Function Name) in the LocalService line");
        assertThat(problems.get(1).message()).isEqualTo("missing DLL Path, Key (Event Name) and Value (Function Name) in the MessageFilter line");
        assertThat(problems.get(2).message()).startsWith("missing Service Name, DLL Path,");
        assertThat(problems.get(0).fix()).contains("<Kind> <Service Name> <DLL Path> <Key> <Value>");
    }

    @Test
    void anExtraFieldIsReportedWhereItStarts() {
        Problem problem = parse("LocalService Echo builtin Ping Echo Extra\n").problems().get(0);

        assertThat(problem.format()).isEqualTo(
                "server.conf:1:37: unexpected field 'Extra' after the Value — remove it, or write spaces inside a field as +");
    }

    @Test
    void unreadableLinesAreKeptOnRewrite() {
        String text = "# head\nLoggingservice x\nLocalService Echo builtin Ping Echo\nLocalService Echo\n# tail\n";

        ParseResult<ServerConfiguration> result = parse(text);

        assertThat(result.errors()).hasSize(2);
        assertThat(result.model().reflexes()).hasSize(1);
        assertThat(result.model().reflexes().get(0).comments()).containsExactly("# head", "Loggingservice x");
        assertThat(ServerConfigurationWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void commentsAndBlankLinesSurviveARewrite() {
        String text = "\n# one\n\n   # indented\nLocalService Echo builtin Ping Echo\n\t\n# last\n\n";

        ServerConfiguration model = parse(text).model();

        assertThat(model.reflexes().get(0).comments()).containsExactly("", "# one", "", "   # indented");
        assertThat(model.trailingComments()).containsExactly("\t", "# last", "");
        assertThat(ServerConfigurationWriter.write(model)).isEqualTo(text);
    }

    @Test
    void crlfAndAMissingFinalNewlineAreKept() {
        String crlf = "# c\r\nLocalService Echo builtin Ping Echo\r\n";
        String noFinalNewline = "# c\nLocalService Echo builtin Ping Echo";

        assertThat(parse(crlf).model().layout()).isEqualTo(new TextLayout("\r\n", true));
        assertThat(parse(crlf).problems()).isEmpty();
        assertThat(rewrite(crlf)).isEqualTo(crlf);
        assertThat(rewrite(noFinalNewline)).isEqualTo(noFinalNewline);
    }

    @Test
    void anEmptyFileIsAnEmptyConfiguration() {
        assertThat(parse("").model().reflexes()).isEmpty();
        assertThat(parse("").problems()).isEmpty();
        assertThat(rewrite("")).isEmpty();
    }

    @Test
    void everyProblemOfTheFileIsReportedInOneRunInFileOrder() {
        List<Problem> problems = parse("""
                LocalService * builtin Ping Echo
                Bogus a b c d
                LocalService Echo reflex.zip Ping 9Lives
                LoggingService Journal builtin * ~a.journal
                """).problems();

        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(
                tuple(1, 14),
                tuple(2, 1),
                tuple(3, 19),
                tuple(3, 35),
                tuple(4, 34));
    }

    @Test
    void anUnreadableFileIsOneProblem(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("absent.conf");
        assertThatThrownBy(() -> ServerConfigurationParser.read(missing))
                .isInstanceOf(FileProblemException.class)
                .hasMessageContaining("absent.conf:1:1: no such file");
    }

    @Test
    void saveWritesTheFileAtomicallyAndReadsBack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("files").resolve("server.conf");
        ServerConfiguration model = parse("# mine\nLocalService Echo builtin Ping Echo\n").model();

        ServerConfigurationWriter.save(model, file);

        assertThat(Files.readString(file)).isEqualTo("# mine\nLocalService Echo builtin Ping Echo\n");
        assertThat(ServerConfigurationParser.read(file).model()).isEqualTo(model);
    }
}
