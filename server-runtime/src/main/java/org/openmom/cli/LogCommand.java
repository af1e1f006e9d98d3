package org.openmom.cli;

import java.io.PrintWriter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.LogLevel;
import org.openmom.admin.LogLine;
import org.openmom.admin.LogTail;
import org.openmom.admin.Watch;
import org.openmom.admin.WatchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom log}: the server's recent log lines, following them, and its log level. */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = {
            "Print the server's recent log lines (TIME LEVEL COMPONENT MESSAGE); --follow keeps printing new ones until Ctrl-C.",
            "--level N sets the server's log level: 0 system errors and start/stop, 1 service connect/disconnect (default),",
            "2 application errors, 3 command monitoring, 4 debug.",
        })
final class LogCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N", description = "how many recent lines (default: 50)")
    private int lines = 50;

    @Option(names = "--follow", description = "keep printing new lines until interrupted")
    private boolean follow;

    @Option(names = "--level", paramLabel = "N", description = "set the server's log level (0-4) first")
    private Integer level;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() throws InterruptedException {
        LogLevel wanted = null;
        if (level != null) {
            try {
                wanted = LogLevel.of(level);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--level " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            if (wanted != null) {
                LogLevel before = AdminChoice.await(session.setLogLevel(wanted));
                out.println("log level of server " + session.server().label() + ": " + wanted.number() + " (" + wanted.meaning()
                        + "), was " + before.number());
            }
            BlockingQueue<Followed> followed = new LinkedBlockingQueue<>();
            Watch watch = follow ? AdminChoice.await(session.watch(WatchRequest.logOnly(), e -> followed.add(new Followed(e, null))))
                    : null;
            LogTail tail = AdminChoice.await(session.logTail(lines));
            long printedUpTo = 0;
            for (LogLine line : tail.lines()) {
                print(line, out);
                printedUpTo = line.sequence();
            }
            out.flush();
            if (watch == null) {
                return ExitCode.OK;
            }
            session.addConnectionLostListener(reason -> followed.add(new Followed(null, reason)));
            while (true) {
                Followed next = followed.take();
                if (next.lost() != null) {
                    throw new UserInputException(next.lost() + " — is the server still running?");
                }
                ChangeEvent event = next.event();
                // lines the tail already printed may come again from the watch started before it
                if (event.kind() == ChangeKind.LOG && event.log().sequence() > printedUpTo) {
                    print(event.log(), out);
                    out.flush();
                } else if (event.kind() == ChangeKind.RESYNC_NEEDED) {
                    out.println("… lines skipped: the log went faster than this terminal");
                }
            }
        }
    }

    /** A followed event, or the loss of the connection, in arrival order. */
    private record Followed(ChangeEvent event, String lost) {}

    private static void print(LogLine line, PrintWriter out) {
        out.println(Durations.time(line.timeMillis()) + " " + line.level().number() + " " + line.logger() + " - " + line.text());
    }
}
