package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A compaction waits while a backlog drains (the live records fall fast), and not otherwise. */
class ShrinkWatchTest {
    private final AtomicLong now = new AtomicLong();
    private final ShrinkWatch watch = new ShrinkWatch(now::get);

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aDrainIsSeenAsSoonAsAQuarterIsGoneAndItsEndAWholeQuietSecondLater() {
        assertThat(watch.isFalling(1_000_000)).isFalse();
        later(400);
        assertThat(watch.isFalling(900_000)).as("a tenth gone").isFalse();
        later(300);
        assertThat(watch.isFalling(700_000)).as("three tenths gone within the second").isTrue();
        later(300);
        assertThat(watch.isFalling(400_000)).as("the second ends falling").isTrue();
        later(500);
        assertThat(watch.isFalling(0)).as("everything gone").isTrue();
        later(500);
        assertThat(watch.isFalling(0)).as("the second that saw the end fell too").isTrue();
        later(1_000);
        assertThat(watch.isFalling(0)).as("a whole second with nothing left to fall: the compaction may go").isFalse();
    }

    @Test
    void aSteadyJournalOrASlowDrainDoesNotHoldCompactionsBack() {
        watch.isFalling(1_000_000);
        for (int second = 1; second <= 5; second++) {
            later(1_000);
            assertThat(watch.isFalling(1_000_000 - second * 50_000L)).as("5% a second").isFalse();
        }
        later(1_000);
        assertThat(watch.isFalling(2_000_000)).as("growing").isFalse();
    }
}
