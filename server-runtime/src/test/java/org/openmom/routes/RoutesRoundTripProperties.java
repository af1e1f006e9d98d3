package org.openmom.routes;

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
import org.openmom.model.ServerLocator;

/** Random valid routes files survive write → parse unchanged and without problems. */
class RoutesRoundTripProperties {

    @Property(tries = 300)
    void aValidRoutesFileIsReadBackAsWritten(@ForAll("routesFiles") RoutesFile routes) {
        assertThat(RoutesValidator.validate(routes)).isEmpty();

        String text = RoutesWriter.write(routes);
        ParseResult<RoutesFile> result = RoutesParser.parse("random.routes", text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model()).isEqualTo(routes);
        assertThat(RoutesWriter.write(result.model())).isEqualTo(text);
    }

    @Provide
    Arbitrary<RoutesFile> routesFiles() {
        Arbitrary<List<RouterDeclaration>> routers = router().list().ofMaxSize(6).uniqueElements(RouterDeclaration::name);
        Arbitrary<TextLayout> layouts = Arbitraries.of(
                TextLayout.DEFAULT, new TextLayout("\r\n", true), new TextLayout("\n", false), new TextLayout("\r\n", false));
        return Combinators.combine(routers, comments(), layouts)
                .as((list, trailing, layout) -> new RoutesFile(list, trailing, readableLayout(list, trailing, layout)));
    }

    /** See {@code ServerConfigurationRoundTripProperties.readableLayout}: the layouts a file can show. */
    private static TextLayout readableLayout(List<RouterDeclaration> routers, List<String> trailing, TextLayout layout) {
        int lines = trailing.size() + routers.stream().mapToInt(r -> 1 + r.comments().size()).sum();
        boolean lastIsEmpty = !trailing.isEmpty() && trailing.get(trailing.size() - 1).isEmpty();
        if (lines == 0) {
            return TextLayout.DEFAULT;
        }
        boolean finalNewline = layout.finalNewline() || lastIsEmpty;
        return new TextLayout(lines == 1 && !finalNewline ? "\n" : layout.lineSeparator(), finalNewline);
    }

    private Arbitrary<RouterDeclaration> router() {
        Arbitrary<RouterKind> kinds = Arbitraries.of(RouterKind.values());
        return kinds.flatMap(kind -> Combinators.combine(name(), nameOrWildcard(), nameOrWildcard(), target(), comments())
                .as((name, service, event, target, comments) -> switch (kind) {
                    case SERVER -> new ServerRouter(name, target, comments);
                    case SERVICE -> new ServiceRouter(name, service, target, comments);
                    case EVENT -> new EventRouter(name, service, event, target, comments);
                }));
    }

    private static Arbitrary<ServerLocator> target() {
        Arbitrary<String> host = Arbitraries.strings().withChars("abz09.-").ofMinLength(1).ofMaxLength(12)
                .filter(h -> !h.equals("-"));
        Arbitrary<String> role = Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().between(1, 99).map(String::valueOf));
        Arbitrary<ServerLocator> tcp = Combinators.combine(host,
                        Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().between(1, 65_535).map(String::valueOf)),
                        nameOrWildcard(), role)
                .as((address, port, server, r) -> new ServerLocator(address, "ncacn_ip_tcp", port, server, r));
        Arbitrary<ServerLocator> local = Combinators.combine(
                        Arbitraries.strings().withChars("abz09_").ofMinLength(1).ofMaxLength(8), nameOrWildcard(), role)
                .as((endpoint, server, r) -> new ServerLocator("*", "ncalrpc", endpoint, server, r));
        return Arbitraries.oneOf(tcp, local);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withChars("abcXYZ019_-. é").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && !s.equals("-"));
    }

    private static Arbitrary<String> nameOrWildcard() {
        return Arbitraries.oneOf(name(), Arbitraries.just("*"));
    }

    private static Arbitrary<List<String>> comments() {
        return Arbitraries.of("", "# comment", "  # indented", "#", "\t").list().ofMaxSize(3);
    }
}
