package org.openmom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code openmom} command line, with what it printed and its exit code. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.Invocation invocation = Main.invocation(args);
        invocation.commandLine().setOut(new PrintWriter(out, true));
        invocation.commandLine().setErr(new PrintWriter(err, true));
        int exitCode = invocation.execute();
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\\R");
    }
}
