package org.openmom.cli;

import java.io.PrintWriter;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;

/**
 * Prints what a file check found — every problem, one per line, then a summary — and gives the
 * exit code: a file with errors is invalid input, warnings alone are not.
 */
final class ProblemReport {
    private ProblemReport() {}

    static int print(ParseResult<?> result, String summaryWhenUsable, PrintWriter out) {
        result.problems().forEach(problem -> out.println(problem.format()));
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors > 0) {
            out.println(count(errors, "error") + ", " + count(warnings, "warning"));
            return ExitCode.INVALID_INPUT;
        }
        out.println("ok: " + summaryWhenUsable + (warnings > 0 ? " (" + count(warnings, "warning") + ")" : ""));
        return ExitCode.OK;
    }

    /** Prints only the errors, for commands that use a file rather than check it. */
    static void printErrors(ParseResult<?> result, PrintWriter err) {
        result.errors().stream().map(Problem::format).forEach(err::println);
    }

    static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
