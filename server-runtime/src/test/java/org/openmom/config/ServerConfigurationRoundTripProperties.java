package org.openmom.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.TextLayout;

/** Random valid configurations (without duplicate reflexes, which are warned about) survive write → parse unchanged and without problems. */
class ServerConfigurationRoundTripProperties {

    @Property(tries = 300)
    void aValidConfigurationIsReadBackAsWritten(@ForAll("configurations") ServerConfiguration configuration) {
        assertThat(ServerConfigurationValidator.validate(configuration)).isEmpty();

        String text = ServerConfigurationWriter.write(configuration);
        ParseResult<ServerConfiguration> result = ServerConfigurationParser.parse("random.conf", text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model()).isEqualTo(configuration);
        assertThat(ServerConfigurationWriter.write(result.model())).isEqualTo(text);
    }

    @Provide
    Arbitrary<ServerConfiguration> configurations() {
        Arbitrary<List<ReflexDeclaration>> codeReflexes = codeReflex().list().ofMaxSize(6).uniqueElements(ReflexDeclaration::toLine);
        Arbitrary<List<List<ReflexDeclaration>>> journals = loggingGroup().list().ofMaxSize(3);
        Arbitrary<List<String>> trailing = comments();
        Arbitrary<TextLayout> layouts = Arbitraries.of(
                TextLayout.DEFAULT, new TextLayout("\r\n", true), new TextLayout("\n", false), new TextLayout("\r\n", false));
        return Combinators.combine(codeReflexes, journals, trailing, layouts, Arbitraries.integers().between(0, 6))
                .as(ServerConfigurationRoundTripProperties::assemble);
    }

    /** Logging groups get distinct keys and are placed between the code reflexes. */
    private static ServerConfiguration assemble(List<ReflexDeclaration> code, List<List<ReflexDeclaration>> groups,
            List<String> trailing, TextLayout layout, int insertAt) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(code);
        for (int g = 0; g < groups.size(); g++) {
            String key = g == 0 ? "*" : "Service " + g;
            List<ReflexDeclaration> group = groups.get(g).stream()
                    .map(r -> r.withFields(r.kind(), r.serviceName(), r.dllPath(), key, r.value()))
                    .toList();
            reflexes.addAll(Math.min(insertAt, reflexes.size()), group);
        }
        return new ServerConfiguration(reflexes, trailing, readableLayout(reflexes, trailing, layout));
    }

    /**
     * The layouts a file can show: an empty file reads as the default layout, a file of one line
     * without newline shows no separator, and a last blank line needs the final newline.
     */
    static TextLayout readableLayout(List<ReflexDeclaration> reflexes, List<String> trailing, TextLayout layout) {
        int lines = trailing.size() + reflexes.stream().mapToInt(r -> 1 + r.comments().size()).sum();
        boolean lastIsEmpty = !trailing.isEmpty() && trailing.get(trailing.size() - 1).isEmpty();
        if (lines == 0) {
            return TextLayout.DEFAULT;
        }
        boolean finalNewline = layout.finalNewline() || lastIsEmpty;
        String separator = lines == 1 && !finalNewline ? "\n" : layout.lineSeparator();
        return new TextLayout(separator, finalNewline);
    }

    private Arbitrary<ReflexDeclaration> codeReflex() {
        Arbitrary<ReflexKind> kinds = Arbitraries.of(ReflexKind.values()).filter(ReflexKind::runsCode);
        return kinds.flatMap(kind -> Combinators.combine(
                        kind.serviceNameMayBeWildcard() ? nameOrWildcard() : name(),
                        dllPath(),
                        kind.keyMayBeWildcard() ? nameOrWildcard() : name(),
                        className(),
                        comments())
                .as((service, dll, key, value, comments) -> new ReflexDeclaration(kind, service, dll, key, value, comments)));
    }

    /** Mirrors, then the master, for one key (set by {@link #assemble}). */
    private Arbitrary<List<ReflexDeclaration>> loggingGroup() {
        Arbitrary<ReflexDeclaration> file = Combinators.combine(name(), path(), comments())
                .as((service, log, comments) -> new ReflexDeclaration(
                        ReflexKind.LOGGING_SERVICE, service, ReflexDeclaration.BUILTIN, "", log, comments));
        return file.list().ofMinSize(1).ofMaxSize(3).uniqueElements(ReflexDeclaration::value).map(files -> {
            List<ReflexDeclaration> group = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ReflexDeclaration f = files.get(i);
                String value = i < files.size() - 1 ? ReflexDeclaration.MIRROR_MARK + f.value() : f.value();
                group.add(f.withFields(f.kind(), f.serviceName(), f.dllPath(), f.key(), value));
            }
            return group;
        });
    }

    static Arbitrary<String> name() {
        return Arbitraries.strings().withChars("abcXYZ019_-. é").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && !s.equals("-"));
    }

    static Arbitrary<String> nameOrWildcard() {
        return Arbitraries.oneOf(name(), Arbitraries.just("*"), name().map(n -> n + "*"));
    }

    private static Arbitrary<String> dllPath() {
        return Arbitraries.oneOf(Arbitraries.just(ReflexDeclaration.BUILTIN),
                path().map(p -> p + ReflexDeclaration.JAR_SUFFIX));
    }

    private static Arbitrary<String> path() {
        return Arbitraries.strings().withChars("abz09_- ./").ofMinLength(1).ofMaxLength(16)
                .filter(s -> !s.isBlank() && !s.equals("-") && !s.startsWith("~"));
    }

    private static Arbitrary<String> className() {
        Arbitrary<String> identifier = Arbitraries.strings().withChars("abcXYZ_$").ofMinLength(1).ofMaxLength(6)
                .map(s -> "R" + s);
        return identifier.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts));
    }

    static Arbitrary<List<String>> comments() {
        return Arbitraries.of("", "# comment", "   # indented", "#", "\t", "# LocalService Echo builtin Ping Echo")
                .list().ofMaxSize(3);
    }
}
