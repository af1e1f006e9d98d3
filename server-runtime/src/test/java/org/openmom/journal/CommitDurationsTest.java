package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CommitDurationsTest {

    private static final long LIMIT_MICROS = 500;
    private static final long QUICK = TimeUnit.MICROSECONDS.toNanos(150);
    private static final long STALL = TimeUnit.MILLISECONDS.toNanos(40);

    @Test
    void callersCommitWhileTheDiskAnswersQuickly() {
        CommitDurations durations = new CommitDurations(LIMIT_MICROS);
        assertThat(durations.quickEnoughForCallers()).as("before any commit").isTrue();
        for (int i = 0; i < 1000; i++) {
            durations.record(QUICK);
        }
        assertThat(durations.quickEnoughForCallers()).isTrue();
    }

    @Test
    void oneStallSendsTheNextCommitsToTheWriterUntilQuickOnesOutweighIt() {
        CommitDurations durations = new CommitDurations(LIMIT_MICROS);
        durations.record(QUICK);
        durations.record(STALL);
        assertThat(durations.quickEnoughForCallers()).isFalse();
        int quickOnes = 0;
        while (!durations.quickEnoughForCallers()) {
            durations.record(QUICK);
            quickOnes++;
        }
        assertThat(quickOnes).isBetween(20, 60);
    }

    @Test
    void aDiskSlowerThanTheLimitKeepsCallersOff() {
        CommitDurations durations = new CommitDurations(LIMIT_MICROS);
        for (int i = 0; i < 100; i++) {
            durations.record(TimeUnit.MICROSECONDS.toNanos(LIMIT_MICROS) * 2);
        }
        assertThat(durations.quickEnoughForCallers()).isFalse();
    }

    @Test
    void aLimitOfZeroKeepsCallersOffEvenBeforeTheFirstCommit() {
        assertThat(new CommitDurations(0).quickEnoughForCallers()).isFalse();
    }
}
