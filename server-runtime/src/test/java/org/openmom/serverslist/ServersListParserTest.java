package org.openmom.serverslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.model.ServerLocator;

class ServersListParserTest {
    /** The example of the guide's "Servers List" chapter, kept in docs/examples. */
    static final Path GUIDE_EXAMPLE = Path.of("..", "docs", "examples", "Servers.lst");

    static String guideExample() throws IOException {
        return Files.readString(GUIDE_EXAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void theGuidesExampleParsesWithoutProblems() throws IOException {
        ParseResult<ServersList> result = ServersListParser.parse("Servers.lst", guideExample());

        assertThat(result.problems()).isEmpty();
        ServersList list = result.model();
        assertThat(list.entries()).extracting(ServersListEntry::serviceName).containsExactly("ADMIN", "CHAT", "*");
        assertThat(list.declarationCount()).isEqualTo(6);
        assertThat(list.entries().get(1).declarations().get(0).locator())
                .isEqualTo(new ServerLocator("pc17", "ncacn_nb_nb", "*", "Chat Server", "*"));
    }

    @Test
    void theGuidesExampleIsWrittenBackByteForByte() throws IOException {
        String text = guideExample();

        assertThat(ServersListWriter.write(ServersListParser.parse("Servers.lst", text).model())).isEqualTo(text);
    }

    @Test
    void commentsAndBlankLinesSurviveARewriteInPlace() {
        String text = "# Servers of the ACME office\n\n! CHAT *\n  # the chat server first\npc17 ncacn_ip_tcp 7410 Chat+Server 1\n\n"
                + "! * *\n* ncalrpc * * *\n# end of file\n";

        ParseResult<ServersList> result = ServersListParser.parse("f", text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().entries().get(0).comments()).containsExactly("# Servers of the ACME office", "");
        assertThat(result.model().entries().get(0).declarations().get(0).comments()).containsExactly("  # the chat server first");
        assertThat(result.model().trailingComments()).containsExactly("# end of file");
        assertThat(ServersListWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void commentsMoveWithTheEntryTheyDescribe() {
        String text = "# chat\n! CHAT *\n* ncalrpc * * *\n# everyone else\n! * *\n* ncalrpc * * *\n";
        ServersList list = ServersListParser.parse("f", text).model();

        ServersList swapped = list.withEntries(java.util.List.of(list.entries().get(1), list.entries().get(0)));

        assertThat(ServersListWriter.write(swapped))
                .isEqualTo("# everyone else\n! * *\n* ncalrpc * * *\n# chat\n! CHAT *\n* ncalrpc * * *\n");
    }

    @Test
    void windowsLineEndingsAndAMissingFinalNewlineAreKept() {
        String crlf = "! CHAT *\r\n* ncalrpc * * *\r\n";
        String unterminated = "! CHAT *\n* ncalrpc * * *";

        assertThat(ServersListWriter.write(ServersListParser.parse("f", crlf).model())).isEqualTo(crlf);
        assertThat(ServersListWriter.write(ServersListParser.parse("f", unterminated).model())).isEqualTo(unterminated);
    }

    @Test
    void extraBlanksAndTabsAreReadAsSeparators() {
        ParseResult<ServersList> result = ServersListParser.parse("f", "!  CHAT\t*\n  pc17\tncacn_ip_tcp   7410 * 2  \n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().entries().get(0).declarations().get(0).locator())
                .isEqualTo(new ServerLocator("pc17", "ncacn_ip_tcp", "7410", "*", "2"));
    }

    @Test
    void anEmptyFileIsAnEmptyList() {
        ParseResult<ServersList> result = ServersListParser.parse("f", "");

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().entries()).isEmpty();
        assertThat(ServersListWriter.write(result.model())).isEmpty();
    }

    @Test
    void aMissingFieldIsReportedWhereItShouldBe() {
        ParseResult<ServersList> result = ServersListParser.parse("Servers.lst", "! CHAT *\npc17 ncacn_ip_tcp 7410 Chat\n");

        assertThat(result.errors()).extracting(Problem::format).containsExactly(
                "Servers.lst:2:28: missing server role in the server declaration — write it as "
                        + "<Network Address> <Protocol> <Endpoint> <Server Name> <Server Role> (* where any will do)");
    }

    @Test
    void anExtraFieldIsReportedAtItsColumn() {
        ParseResult<ServersList> result = ServersListParser.parse("f", "! CHAT *\npc17 ncacn_ip_tcp 7410 Chat Server 1\n");

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(36);
            assertThat(p.message()).isEqualTo("unexpected field '1' after the server role");
            assertThat(p.fix()).contains("spaces inside names as +");
        });
    }

    @Test
    void entryLinesNeedBothNamesAndASpaceAfterTheMark() {
        ParseResult<ServersList> result = ServersListParser.parse("f", "! CHAT\n!CHAT *\n! A B C\n!\n");

        assertThat(result.errors()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 7, "missing user name in the entry"),
                org.assertj.core.groups.Tuple.tuple(2, 2, "no space after '!' in '!CHAT'"),
                org.assertj.core.groups.Tuple.tuple(3, 7, "unexpected field 'C' after the user name"),
                org.assertj.core.groups.Tuple.tuple(4, 2, "missing service name and user name in the entry"));
    }

    @Test
    void aDeclarationBeforeAnyEntryIsAnError() {
        ParseResult<ServersList> result = ServersListParser.parse("f", "* ncalrpc * * *\n! * *\n* ncalrpc * * *\n");

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("server declaration before any entry");
        });
    }

    @Test
    void everyProblemOfTheFileIsReportedInOneRun() {
        String text = "! CHAT *\npc17 ncacn_ip_tcp http Chat 0\n* ncacn_ip_tcp * * *\n* ncalrpc\n! A+ *\n";

        ParseResult<ServersList> result = ServersListParser.parse("f", text);

        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 2, 3, 4);
        assertThat(result.errors()).extracting(Problem::column).containsExactly(19, 29, 1, 10);
    }

    @Test
    void anUnreadableLineIsKeptOnRewriteSoNothingIsLost() {
        String text = "! CHAT *\npc17 ncacn_ip_tcp\n* ncalrpc * * *\n";

        ParseResult<ServersList> result = ServersListParser.parse("f", text);

        assertThat(result.hasErrors()).isTrue();
        assertThat(ServersListWriter.write(result.model())).isEqualTo(text);
    }

    @Test
    void plusInAFileNameIsASpaceInTheModel() {
        ServersList list = ServersListParser.parse("f", "! Chat+Client Jean+Paul\nhost ncacn_ip_tcp * Chat+Server *\n").model();

        ServersListEntry entry = list.entries().get(0);
        assertThat(entry.serviceName()).isEqualTo("Chat Client");
        assertThat(entry.userName()).isEqualTo("Jean Paul");
        assertThat(entry.declarations().get(0).locator().serverName()).isEqualTo("Chat Server");
        assertThat(entry.headerLine()).isEqualTo("! Chat+Client Jean+Paul");
    }

    @Test
    void readingAFileThatIsNotUtf8GivesOneClearLine(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("Servers.lst");
        Files.write(file, new byte[] {'!', ' ', (byte) 0xE9, ' ', '*', '\n'});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServersListParser.read(file))
                .hasMessage(file + ":1:1: is not UTF-8 text — save the file with the UTF-8 encoding");
    }
}
