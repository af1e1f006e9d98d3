package org.openmom.torture;

/** One reliability scenario: it runs against real server processes and fills a report. */
interface Scenario {
    /** Short name used on the command line and in the table (R1, R2, …). */
    String id();

    /** One line: what is done to the server. */
    String title();

    /**
     * Runs the scenario. Checks that fail are recorded in {@code report}; an exception means the
     * scenario could not run to its end and fails it too.
     */
    void run(TortureRun run, ScenarioReport report) throws Exception;
}
