package org.openmom.cli;

import java.time.Duration;
import java.util.Locale;
import org.openmom.reflex.runtime.FilterFailurePolicy;
import org.openmom.reflex.runtime.ReflexSettings;
import picocli.CommandLine.Option;

/** The options of {@code openmom server} about how reflexes run (docs/reflexes.md). */
final class ReflexOptions {
    @Option(names = "--lenient", description = "start even when a reflex of the configuration cannot be loaded: it is disabled and logged")
    private boolean lenient;

    @Option(names = "--reflex-budget", paramLabel = "MILLIS",
            description = "how long one reflex call may run before it counts as failed (default: 1000)")
    private long budgetMillis = ReflexSettings.DEFAULT_BUDGET.toMillis();

    @Option(names = "--reflex-start-budget", paramLabel = "SECONDS",
            description = "how long a reflex's constructor may take at start before the reflex counts as not loadable (default: 10)")
    private long startBudgetSeconds = ReflexSettings.DEFAULT_START_BUDGET.toSeconds();

    @Option(names = "--reflex-failure", paramLabel = "POLICY",
            description = "what a filter that fails or overruns its budget amounts to: reject (default) or pass")
    private String failurePolicy = "reject";

    ReflexSettings settings() {
        if (budgetMillis < 1) {
            throw new UserInputException("--reflex-budget " + budgetMillis + ": give a time of 1 millisecond or more");
        }
        if (startBudgetSeconds < 1) {
            throw new UserInputException("--reflex-start-budget " + startBudgetSeconds + ": give a time of 1 second or more");
        }
        FilterFailurePolicy policy;
        try {
            policy = FilterFailurePolicy.valueOf(failurePolicy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--reflex-failure " + failurePolicy + ": write reject or pass");
        }
        return ReflexSettings.defaults().withLenient(lenient).withBudget(Duration.ofMillis(budgetMillis)).withFilterFailure(policy)
                .withStartBudget(Duration.ofSeconds(startBudgetSeconds));
    }
}
