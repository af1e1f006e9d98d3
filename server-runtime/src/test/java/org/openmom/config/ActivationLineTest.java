package org.openmom.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;

/** The Activation line: {@code Activation <Service Name> <Program> <Model> <Max>} in the configuration's five fields. */
class ActivationLineTest {

    private static ParseResult<ServerConfiguration> parse(String text) {
        return ServerConfigurationParser.parse("server.conf", text);
    }

    private static List<String> problems(String text) {
        return parse(text).problems().stream().map(Problem::format).toList();
    }

    @Test
    void aValidLineIsReadAsWhatItMeansAndWrittenBackAsIs() {
        String text = "# started on demand\nActivation ORDERS bin/orders+service NOWAIT 4\nActivation BILLING billing.sh WAIT 1\n";
        ParseResult<ServerConfiguration> parsed = parse(text);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.model().activations()).containsExactly(
                new ActivationDeclaration("ORDERS", "bin/orders service", ActivationModel.NOWAIT, 4),
                new ActivationDeclaration("BILLING", "billing.sh", ActivationModel.WAIT, 1));
        assertThat(ServerConfigurationWriter.write(parsed.model())).isEqualTo(text);
        assertThat(parsed.model().activations().get(0).limit()).isEqualTo(4);
    }

    @Test
    void eachWrongFieldIsAnErrorAtItsPlaceWithTheFix() {
        assertThat(problems("Activation ORDERS orders.sh SOMETIMES 2\n")).containsExactly(
                "server.conf:1:29: unknown model 'SOMETIMES' of the Activation — write WAIT (one instance at a time) or NOWAIT"
                        + " (more while messages wait, up to Max)");
        assertThat(problems("Activation ORDERS orders.sh NOWAIT 0\n")).containsExactly(
                "server.conf:1:36: the Max '0' of the Activation is not a number from 1 to 64 — write how many instances may run at"
                        + " once, e.g. 1 for WAIT or 4 for NOWAIT");
        assertThat(problems("Activation ORD* orders.sh WAIT 1\n")).singleElement().asString()
                .startsWith("server.conf:1:12: the Service Name 'ORD*' of a Activation cannot hold *");
        assertThat(problems("Activation ORDERS builtin WAIT 1\n")).containsExactly(
                "server.conf:1:19: an Activation starts a program: it cannot be builtin — give the path of the program to start"
                        + " (relative to this file)");
        assertThat(problems("Activation ORDERS orders.sh WAIT\n")).containsExactly(
                "server.conf:1:33: missing Value (Max) in the Activation line — write it as <Kind> <Service Name> <DLL Path> <Key>"
                        + " <Value> (- for an empty field, + for a space)");
    }

    @Test
    void waitWithAMaxAboveOneIsAWarningAndRunsOne() {
        ParseResult<ServerConfiguration> parsed = parse("Activation ORDERS orders.sh WAIT 3\n");

        assertThat(parsed.hasErrors()).isFalse();
        assertThat(parsed.problems()).singleElement().extracting(Problem::format).asString()
                .isEqualTo("server.conf:1:34: warning: WAIT runs one instance at a time: the Max 3 is not used — write 1, or NOWAIT to"
                        + " let up to 3 run at once");
        assertThat(parsed.model().activations().get(0).limit()).isEqualTo(1);
    }

    @Test
    void oneServiceHasOneActivation() {
        assertThat(problems("Activation ORDERS a.sh WAIT 1\nActivation ORDERS b.sh NOWAIT 2\n")).containsExactly(
                "server.conf:2:12: service ORDERS has an Activation already (reflex 1 in execution order) — keep one Activation line"
                        + " per service");
    }

    @Test
    void anActivationIsNotAReflex() {
        ServerConfiguration configuration = parse("Activation ORDERS orders.sh WAIT 1\n").model();

        assertThat(ReflexKind.ACTIVATION.isReflex()).isFalse();
        assertThat(ReflexKind.ACTIVATION.runsCode()).isFalse();
        assertThat(configuration.countByKind()).containsEntry(ReflexKind.ACTIVATION, 1);
    }
}
