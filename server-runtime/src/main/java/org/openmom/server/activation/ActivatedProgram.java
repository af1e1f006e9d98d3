package org.openmom.server.activation;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.config.ActivationDeclaration;
import org.openmom.server.ServiceDemand;

/**
 * The processes of one Activation line and what happened to them: started when the service is
 * wanted and the line's limit allows, started again after a back-off that grows with each quick
 * exit, and parked as FAILED after {@link ActivationSettings#crashLoop()} quick exits in a row.
 * Used by the supervisor's thread only, under the supervisor's monitor.
 */
final class ActivatedProgram {
    /** A process started, with its line in the run's record (its start time read once, at launch). */
    private record Running(Process process, long startedAt, ProgramRecord.Entry recorded) {}

    private final ActivationDeclaration declaration;
    private final ActivationSettings settings;
    private final List<Running> running = new ArrayList<>();
    /** FAILED or STOPPED: not started on demand until an administrator starts it; null otherwise. */
    private ActivationState parked;
    private int starts;
    private Integer lastExit;
    private long lastExitAt;
    private String problem;
    private int quickExits;
    /** No start on demand before this time (the back-off after an exit). */
    private long notBefore;

    ActivatedProgram(ActivationDeclaration declaration, ActivationSettings settings) {
        this.declaration = declaration;
        this.settings = settings;
    }

    String service() {
        return declaration.service();
    }

    /** Whether the line of a reloaded configuration is this program's own (then it keeps running as it is). */
    boolean isDeclaredBy(ActivationDeclaration line) {
        return declaration.equals(line);
    }

    /** Notes the processes that ended, then starts one when the service wants another instance and nothing forbids it. */
    void check(ServiceDemand demand, long now, ProgramLauncher launcher) {
        reap(now);
        if (parked != null || now < notBefore || running.size() >= declaration.limit()) {
            return;
        }
        // a process started but not registered yet will take the messages: wait for it rather than start more
        if (running.size() > demand.instances() || !demand.wantsAnotherInstance()) {
            return;
        }
        launch(now, launcher);
    }

    private void reap(long now) {
        for (int i = running.size() - 1; i >= 0; i--) {
            Running one = running.get(i);
            if (!one.process().isAlive()) {
                running.remove(i);
                ended(one.process().exitValue(), now - one.startedAt() < settings.quickExit().toMillis(), now);
            }
        }
    }

    private void ended(int exitCode, boolean quick, long now) {
        lastExit = exitCode;
        lastExitAt = now;
        if (parked == ActivationState.STOPPED) {
            return; // stopped on purpose: not a failure
        }
        quickExits = quick ? quickExits + 1 : 0;
        if (quickExits >= settings.crashLoop()) {
            parked = ActivationState.FAILED;
            problem = "exited " + quickExits + " times in a row within " + seconds(settings.quickExit()) + " of its start (last exit code "
                    + exitCode + ")";
            return;
        }
        notBefore = now + settings.backOff(Math.max(1, quickExits)).toMillis();
    }

    private void launch(long now, ProgramLauncher launcher) {
        try {
            Process process = launcher.start(declaration);
            running.add(new Running(process, now, ProgramRecord.Entry.of(process.toHandle(), service())));
            starts++;
            problem = null;
        } catch (IOException e) {
            problem = "could not start " + declaration.program() + ": " + e.getMessage();
            quickExits++;
            if (quickExits >= settings.crashLoop()) {
                parked = ActivationState.FAILED;
            } else {
                notBefore = now + settings.backOff(quickExits).toMillis();
            }
        }
    }

    /** An administrator starts it: it is no longer parked, and a process starts now if none runs. */
    void start(long now, ProgramLauncher launcher) {
        reap(now);
        parked = null;
        quickExits = 0;
        notBefore = 0;
        if (running.isEmpty()) {
            launch(now, launcher);
        }
    }

    /** An administrator stops it (or the server stops): SIGTERM to its processes, which are not started again on demand. */
    void stop() {
        parked = ActivationState.STOPPED;
        running.forEach(one -> one.process().destroy());
    }

    /** SIGKILL to the processes that outlived {@link #stop()}'s grace. */
    void kill() {
        running.forEach(one -> one.process().destroyForcibly());
    }

    /** Its processes still running, as the record of a run keeps them. */
    List<ProgramRecord.Entry> processes() {
        return running.stream().filter(one -> one.process().isAlive()).map(Running::recorded).toList();
    }

    boolean hasProcesses() {
        return running.stream().anyMatch(one -> one.process().isAlive());
    }

    ActivationInfo info(long now) {
        ActivationState state = parked != null ? parked
                : !running.isEmpty() ? ActivationState.RUNNING
                : now < notBefore ? ActivationState.BACKING_OFF : ActivationState.IDLE;
        List<Long> pids = running.stream().map(one -> one.process().pid()).toList();
        return new ActivationInfo(declaration.service(), declaration.program(), declaration.model(), declaration.limit(), state, pids, starts,
                lastExit, lastExitAt, problem);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
