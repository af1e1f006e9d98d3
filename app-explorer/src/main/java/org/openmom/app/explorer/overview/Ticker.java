package org.openmom.app.explorer.overview;

import java.time.Duration;
import org.openmom.app.common.task.BackgroundWork;

/**
 * Runs a step now and then every {@link #PERIOD} while started: what the overview and the
 * dashboard use to refresh by themselves, without live mode and only while they are shown.
 */
final class Ticker {
    /** Often enough to follow traffic, seldom enough that watching costs the servers little. */
    static final Duration PERIOD = Duration.ofSeconds(2);

    private final BackgroundWork background;
    private final Runnable step;
    private BackgroundWork.Cancellable next;

    Ticker(BackgroundWork background, Runnable step) {
        this.background = background;
        this.step = step;
    }

    /** Runs the step now and every period from now on (again from now when already started). */
    void start() {
        stop();
        tick();
    }

    void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    boolean isStarted() {
        return next != null;
    }

    private void tick() {
        next = background.after(PERIOD, this::tick);
        step.run();
    }
}
