package org.openmom.torture;

/**
 * One reliability scenario: what it does to real server processes and what it checks. Its
 * common set-up (seeded randomness, ledger, server homes and children, producers, progress and
 * report) comes from the {@link ScenarioContext} it runs in.
 */
abstract class Scenario {
    private final String id;
    private final String title;

    /**
     * @param id    short name used on the command line and in the table (R1, R2, …)
     * @param title one line: what is done to the server
     */
    Scenario(String id, String title) {
        this.id = id;
        this.title = title;
    }

    final String id() {
        return id;
    }

    final String title() {
        return title;
    }

    /**
     * Runs the scenario. Checks that fail are recorded in the context's report; an exception means
     * the scenario could not run to its end and fails it too.
     */
    abstract void run(ScenarioContext scenario) throws Exception;
}
