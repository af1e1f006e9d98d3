package org.openmom.reflex.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs its reflexes.
 *
 * @param budget                how long one reflex call may take: the broker waits for it while
 *                              holding its lock, so a slow reflex must not hold every service up
 * @param failuresBeforeDisable consecutive failures (throws or overruns) after which a reflex is disabled
 * @param lenient               start with a reflex that cannot be loaded disabled, rather than refuse to start
 * @param clock                 the clock reflexes read
 * @param filterFailure         what a failed message, registration or delivery filter amounts to
 * @param startBudget           how long a reflex's constructor may take: one that never returns
 *                              would otherwise hang the server's start
 */
public record ReflexSettings(Duration budget, int failuresBeforeDisable, boolean lenient, Clock clock,
        FilterFailurePolicy filterFailure, Duration startBudget) {
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);
    public static final Duration DEFAULT_START_BUDGET = Duration.ofSeconds(10);
    public static final int DEFAULT_FAILURES_BEFORE_DISABLE = 5;

    public ReflexSettings {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(filterFailure, "filterFailure");
        Objects.requireNonNull(startBudget, "startBudget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the reflex time budget must be positive, not " + budget);
        }
        if (startBudget.isNegative() || startBudget.isZero()) {
            throw new IllegalArgumentException("the reflex start budget must be positive, not " + startBudget);
        }
        if (failuresBeforeDisable < 1) {
            throw new IllegalArgumentException("failuresBeforeDisable must be 1 or more, not " + failuresBeforeDisable);
        }
    }

    public static ReflexSettings defaults() {
        return new ReflexSettings(DEFAULT_BUDGET, DEFAULT_FAILURES_BEFORE_DISABLE, false, Clock.systemUTC(), FilterFailurePolicy.REJECT,
                DEFAULT_START_BUDGET);
    }

    public ReflexSettings withBudget(Duration value) {
        return new ReflexSettings(value, failuresBeforeDisable, lenient, clock, filterFailure, startBudget);
    }

    public ReflexSettings withFailuresBeforeDisable(int value) {
        return new ReflexSettings(budget, value, lenient, clock, filterFailure, startBudget);
    }

    public ReflexSettings withLenient(boolean value) {
        return new ReflexSettings(budget, failuresBeforeDisable, value, clock, filterFailure, startBudget);
    }

    public ReflexSettings withFilterFailure(FilterFailurePolicy value) {
        return new ReflexSettings(budget, failuresBeforeDisable, lenient, clock, value, startBudget);
    }

    public ReflexSettings withStartBudget(Duration value) {
        return new ReflexSettings(budget, failuresBeforeDisable, lenient, clock, filterFailure, value);
    }

    public ReflexSettings withClock(Clock value) {
        return new ReflexSettings(budget, failuresBeforeDisable, lenient, value, filterFailure, startBudget);
    }
}
