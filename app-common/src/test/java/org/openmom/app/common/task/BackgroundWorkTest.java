package org.openmom.app.common.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background work with its threads replaced, as view-model tests use it: no JavaFX toolkit. */
class BackgroundWorkTest {
    private final List<Object> seen = new ArrayList<>();

    @Test
    void inTheCallingThreadWorkAndResultHappenBeforeRunReturns() {
        BackgroundWork background = BackgroundWork.inCallingThread();

        background.run(() -> "read", seen::add, seen::add);
        background.run(() -> {
            throw new IOException("disk full");
        }, seen::add, error -> seen.add(error.getMessage()));

        assertThat(seen).containsExactly("read", "disk full");
        assertThat(background.busyProperty().get()).isFalse();
    }

    @Test
    void resultsWaitForTheFxThreadAndTheWorkIsBusyUntilThen() throws Exception {
        BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
        BackgroundWork background = new BackgroundWork(Runnable::run, fxThread::add);
        CompletableFuture<String> answer = new CompletableFuture<>();

        background.follow(() -> answer, seen::add, seen::add);
        answer.complete("answered");

        assertThat(seen).isEmpty();
        assertThat(background.busyProperty().get()).isTrue();
        fxThread.take().run();
        assertThat(seen).containsExactly("answered");
        assertThat(background.busyProperty().get()).isFalse();
    }

    @Test
    void somethingScheduledRunsOnTheFxThreadUnlessCancelled() throws Exception {
        BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
        BackgroundWork background = new BackgroundWork(Runnable::run, fxThread::add);

        background.after(Duration.ofMillis(10), () -> seen.add("first")).cancel();
        background.after(Duration.ofMillis(20), () -> seen.add("second"));

        fxThread.poll(5, TimeUnit.SECONDS).run();
        fxThread.poll(5, TimeUnit.SECONDS).run();
        assertThat(seen).containsExactly("second");
    }
}
