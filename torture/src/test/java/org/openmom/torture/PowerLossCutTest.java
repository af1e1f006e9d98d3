package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;

class PowerLossCutTest {
    private static final List<JournalScan.JournalRecord> RECORDS = List.of(
            new JournalScan.JournalRecord(24, 100, List.of("p0:0")),
            new JournalScan.JournalRecord(100, 180, List.of("p0:1")),
            new JournalScan.JournalRecord(180, 260, List.of("p0:2")));

    @RepeatedTest(50)
    void theCutKeepsEveryConfirmedRecordAndStaysWithinTheData() {
        PowerLoss.Cut cut = PowerLoss.Cut.choose(RECORDS, Set.of("p0:0", "p0:1"), new Random());

        assertThat(cut.syncedEnd()).isEqualTo(180);
        assertThat(cut.offset()).isBetween(180L, 260L);
        assertThat(cut.tearsRecord()).isEqualTo(cut.offset() > 180 && cut.offset() < 260);
    }

    @RepeatedTest(5)
    void withNothingConfirmedEverythingAfterTheHeaderMayGo() {
        PowerLoss.Cut cut = PowerLoss.Cut.choose(RECORDS, Set.of(), new Random());

        assertThat(cut.offset()).isBetween(24L, 260L);
    }
}
