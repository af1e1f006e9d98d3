package org.openmom.serverslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.TextLayout;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/** Any valid Servers List, written then read, is the same list, with no error. */
class ServersListRoundTripProperties {

    @Property(tries = 300)
    void writeThenParseGivesTheSameList(@ForAll("serversLists") ServersList list) {
        String text = ServersListWriter.write(list);

        ParseResult<ServersList> parsed = ServersListParser.parse("random.lst", text);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.model()).isEqualTo(list);
        assertThat(ServersListWriter.write(parsed.model())).isEqualTo(text);
    }

    @Provide
    Arbitrary<ServersList> serversLists() {
        // A missing final newline is covered by the parser's tests: after a blank last line it
        // cannot be told from a present one, so the random lists always end their last line.
        Arbitrary<TextLayout> layouts = Arbitraries.of(TextLayout.DEFAULT, new TextLayout("\r\n", true));
        return Combinators.combine(entries().list().ofMaxSize(6), comments(), layouts)
                .as((entries, trailing, layout) -> new ServersList(entries, trailing,
                        entries.isEmpty() && trailing.isEmpty() ? TextLayout.DEFAULT : layout));
    }

    private Arbitrary<ServersListEntry> entries() {
        return Combinators.combine(namesOrStar(), namesOrStar(), declarations().list().ofMaxSize(4), comments())
                .as(ServersListEntry::new);
    }

    private Arbitrary<ServerDeclaration> declarations() {
        Arbitrary<ServerLocator> local = Combinators.combine(localEndpoints(), namesOrStar(), roles())
                .as((endpoint, server, role) -> new ServerLocator("*", "ncalrpc", endpoint, server, role));
        Arbitrary<ServerLocator> tcp = Combinators.combine(hosts(), ports(), namesOrStar(), roles())
                .as((host, port, server, role) -> new ServerLocator(host, "ncacn_ip_tcp", port, server, role));
        Arbitrary<ServerLocator> other = Combinators.combine(hosts(), Arbitraries.of(ProtocolSequence.values())
                        .filter(p -> p != ProtocolSequence.LOCAL && p != ProtocolSequence.TCP), namesOrStar(), roles())
                .as((host, protocol, server, role) -> new ServerLocator(host, protocol.fileName(), "*", server, role));
        return Combinators.combine(Arbitraries.oneOf(local, tcp, other), comments()).as(ServerDeclaration::new);
    }

    private Arbitrary<List<String>> comments() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).map(s -> "# " + s),
                Arbitraries.strings().withChars(" \t").ofMaxLength(3));
        return line.list().ofMaxSize(2);
    }

    /** Names with inner spaces (written as +), letters, digits and punctuation other than + and #. */
    private Arbitrary<String> namesOrStar() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("_-.é ").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && !s.startsWith("!") && !s.startsWith("#"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just("*")),
                net.jqwik.api.Tuple.of(4, name));
    }

    private Arbitrary<String> hosts() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789.-").ofMinLength(1).ofMaxLength(15)
                .filter(h -> !h.startsWith("!") && !h.startsWith("#"));
    }

    private Arbitrary<String> ports() {
        return Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().between(1, 65_535).map(String::valueOf));
    }

    private Arbitrary<String> localEndpoints() {
        return Arbitraries.oneOf(Arbitraries.just("*"),
                Arbitraries.strings().withCharRange('a', 'z').withChars("._-1").ofMinLength(1).ofMaxLength(10));
    }

    private Arbitrary<String> roles() {
        return Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().between(1, 9_999).map(String::valueOf));
    }
}
