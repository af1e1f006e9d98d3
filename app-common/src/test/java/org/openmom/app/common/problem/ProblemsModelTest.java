package org.openmom.app.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.Severity;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;

/** The problems pane without a window: it follows the document's check and says what the person chose. */
class ProblemsModelTest {
    @Test
    void theSummaryCountsErrorsAndWarningsAndFollowsTheCheck() {
        SimpleObjectProperty<ParseResult<ServersList>> check = new SimpleObjectProperty<>(
                ServersListParser.parse("Servers.lst", "! * *\n* ncalrpc * * *\n"));
        List<Problem> chosen = new ArrayList<>();
        ProblemsModel problems = new ProblemsModel(check, chosen::add);
        assertThat(problems.summaryProperty().get()).isEqualTo("Problems: 0 errors, 0 warnings");
        assertThat(problems.worstProperty().get()).isNull();

        check.set(ServersListParser.parse("Servers.lst", "! * *\npc17 tcp 7410 * 0\n! CHAT *\n"));

        assertThat(problems.summaryProperty().get()).isEqualTo("Problems: 2 errors, 2 warnings");
        assertThat(problems.worstProperty().get()).isEqualTo(Severity.ERROR);
        problems.choose(problems.problems().get(0));
        assertThat(chosen).extracting(Problem::line).containsExactly(2);
    }
}
