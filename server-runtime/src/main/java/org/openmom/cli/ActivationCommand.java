package org.openmom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AdminSession;
import org.openmom.admin.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom activation start|stop SERVICE}: an administrator starts or stops an activated program (docs/activation.md). */
@Command(
        name = "activation",
        mixinStandardHelpOptions = true,
        description = {
            "Start or stop the program a running server starts on demand for SERVICE (an Activation line of its configuration).",
            "start: one process now, also for a program shown as failed after a crash loop; stop: its processes get SIGTERM",
            "(SIGKILL after 5 s) and it is not started on demand until started again. 'openmom status' lists them.",
        })
final class ActivationCommand implements Callable<Integer> {
    /** The words typed on the command line. */
    enum Action { start, stop }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Parameters(index = "0", paramLabel = "start|stop", description = "start or stop")
    private Action action;

    @Parameters(index = "1", paramLabel = "SERVICE", description = "the Service Name of the Activation line")
    private String service;

    @Override
    public Integer call() {
        try (AdminSession session = admin.connect()) {
            Status status = action == Action.start ? Status.ENABLED : Status.DISABLED;
            ActivationInfo activation = AdminChoice.await(session.setActivationStatus(service, status));
            PrintWriter out = spec.commandLine().getOut();
            out.println("activated program " + activation.program() + " of service " + activation.service() + " on server "
                    + session.server().label() + ": " + activation.state().name().toLowerCase()
                    + (activation.pids().isEmpty() ? "" : " (pid " + activation.pids().get(activation.pids().size() - 1) + ")"));
            return ExitCode.OK;
        }
    }

    /** {@code 3 at 12:04:05}, or empty when no process has ended yet. */
    static String lastExit(ActivationInfo activation) {
        return activation.lastExit() == null ? "" : activation.lastExit() + " at " + Durations.time(activation.lastExitAtMillis());
    }
}
