package org.openmom.server.activation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openmom.admin.ActivationInfo;
import org.openmom.config.ActivationDeclaration;
import org.openmom.server.ServiceDemand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the services of the configuration's Activation lines and starts, restarts and stops
 * their programs (docs/activation.md). One thread looks at every service's demand each
 * {@link ActivationSettings#checkEvery()}: polling rather than a hook in the broker, so the
 * broker's hot paths pay nothing, and a persistent backlog replayed at start is seen like any
 * other. The demand is read outside this object's monitor, so the broker lock is never taken
 * under it.
 */
public final class ActivationSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ActivationSupervisor.class);

    private final Map<String, ActivatedProgram> programs = new LinkedHashMap<>();
    private final Function<String, ServiceDemand> demand;
    private final ProgramLauncher launcher;
    private final ProgramRecord record;
    private final ActivationSettings settings;
    /** Told of each change of a program's state or processes (the administrators' watches); on the supervisor's thread. */
    private volatile Consumer<ActivationInfo> changes = info -> { };
    /** Whether {@link #watch} was called: the server listens, programs may be started. */
    private boolean watching;
    /** The periodic check of every program, once there is one to watch. */
    private ScheduledFuture<?> checks;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "openmom-activation");
        thread.setDaemon(true);
        return thread;
    });

    private ActivationSupervisor(List<ActivationDeclaration> activations, Function<String, ServiceDemand> demand, ProgramLauncher launcher,
            ProgramRecord record, ActivationSettings settings) {
        activations.forEach(activation -> programs.put(activation.service(), new ActivatedProgram(activation, settings)));
        this.demand = demand;
        this.launcher = launcher;
        this.record = record;
        this.settings = settings;
    }

    /**
     * The supervisor of {@code activations}, not watching yet ({@link #watch}).
     *
     * @param demand        the broker's {@code demand} (Broker::demand)
     * @param configFile    the configuration file the programs' paths are relative to
     * @param serverAddress the address given to the programs as {@code OPENMOM_SERVER}, asked at each start
     * @param recordFile    where the processes running are recorded ({@code data/NAME-ROLE.activated}), for the
     *                      next run to stop those a SIGKILL of this one leaves
     */
    public static ActivationSupervisor create(List<ActivationDeclaration> activations, Function<String, ServiceDemand> demand, Path configFile,
            Path home, Path logs, Supplier<String> serverAddress, Path recordFile, ActivationSettings settings) {
        return new ActivationSupervisor(activations, demand, new ProgramLauncher(configFile, home, logs, serverAddress),
                new ProgramRecord(recordFile), settings);
    }

    /** Starts watching the demand: once the server listens, as the programs are told its address. */
    public synchronized void watch() {
        if (!watching) {
            List<ProcessHandle> leftovers = record.stopLeftovers();
            if (!leftovers.isEmpty()) {
                clock.schedule(() -> leftovers.forEach(ProcessHandle::destroyForcibly), settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        watching = true;
        if (!programs.isEmpty() && checks == null) {
            long every = settings.checkEvery().toMillis();
            checks = clock.scheduleWithFixedDelay(this::checkAll, 0, every, TimeUnit.MILLISECONDS);
            LOG.info("{} activated programs: {}", programs.size(), String.join(", ", programs.keySet()));
        }
    }

    /**
     * Takes the Activation lines of a reloaded configuration: a program whose line is unchanged
     * keeps running as it is; one whose line changed or went is stopped (SIGTERM, SIGKILL after the
     * grace) — a changed one starts again on demand under its new line; a new line is watched from
     * now on.
     */
    public void apply(List<ActivationDeclaration> activations) {
        List<ActivatedProgram> leaving = new ArrayList<>();
        synchronized (this) {
            Map<String, ActivatedProgram> next = new LinkedHashMap<>();
            for (ActivationDeclaration line : activations) {
                ActivatedProgram kept = programs.get(line.service());
                next.put(line.service(), kept != null && kept.isDeclaredBy(line) ? kept : new ActivatedProgram(line, settings));
            }
            for (ActivatedProgram program : programs.values()) {
                if (next.get(program.service()) != program) {
                    program.stop();
                    leaving.add(program);
                }
            }
            programs.clear();
            programs.putAll(next);
            if (watching) {
                watch();
            }
        }
        if (!leaving.isEmpty()) {
            LOG.info("reload: the programs of {} stopped (their Activation line changed or went)",
                    String.join(", ", leaving.stream().map(ActivatedProgram::service).toList()));
            clock.schedule(() -> killLeftovers(leaving), settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void killLeftovers(List<ActivatedProgram> stopped) {
        stopped.forEach(ActivatedProgram::kill);
    }

    private void checkAll() {
        try {
            Map<String, ServiceDemand> wanted = new LinkedHashMap<>();
            for (String service : services()) {
                wanted.put(service, demand.apply(service));
            }
            List<ActivationInfo> changed = new ArrayList<>();
            synchronized (this) {
                long now = System.currentTimeMillis();
                wanted.forEach((service, serviceDemand) -> {
                    ActivatedProgram program = programs.get(service);
                    if (program == null) {
                        return; // its line went in a reload since the services were read
                    }
                    ActivationInfo before = program.info(now);
                    program.check(serviceDemand, now, launcher);
                    ActivationInfo after = program.info(now);
                    if (before.state() != after.state() || before.starts() != after.starts()) {
                        changed.add(after);
                    }
                });
                record.record(programs.values().stream().flatMap(program -> program.processes().stream()).toList());
            }
            changed.forEach(ActivationSupervisor::log);
            changed.forEach(changes);
        } catch (RuntimeException e) {
            LOG.error("activation check failed: {}", e.toString(), e); // the next check tries again
        }
    }

    private synchronized List<String> services() {
        return new ArrayList<>(programs.keySet());
    }

    private static void log(ActivationInfo info) {
        switch (info.state()) {
            case FAILED -> LOG.error("activated program {} for service {} failed: {} — it is not started again; see its log,"
                    + " fix it, then start it from the Explorer (or restart the server)", info.program(), info.service(), info.problem());
            case RUNNING -> LOG.info("started {} for service {} (pids {}, {} starts)", info.program(), info.service(), info.pids(), info.starts());
            case BACKING_OFF -> LOG.warn("activated program {} for service {} exited with code {} while messages wait: starting it again"
                    + " after a back-off", info.program(), info.service(), info.lastExit());
            default -> LOG.info("activated program {} for service {} is {}", info.program(), info.service(), info.state());
        }
    }

    /** {@code listener} is told of each change of a program's state or processes, on the supervisor's thread. */
    public void onChange(Consumer<ActivationInfo> listener) {
        changes = listener;
    }

    /** Every activated program, in the configuration's order. */
    public synchronized List<ActivationInfo> infos() {
        long now = System.currentTimeMillis();
        return programs.values().stream().map(program -> program.info(now)).toList();
    }

    /** Starts {@code service}'s program now (also one FAILED or STOPPED); empty if no Activation line names it. */
    public synchronized Optional<ActivationInfo> start(String service) {
        ActivatedProgram program = programs.get(service);
        if (program == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        program.start(now, launcher);
        ActivationInfo started = program.info(now);
        changes.accept(started);
        return Optional.of(started);
    }

    /** Stops {@code service}'s processes (SIGTERM, SIGKILL after the grace) and starts none on demand until started again. */
    public Optional<ActivationInfo> stop(String service) {
        ActivatedProgram program;
        synchronized (this) {
            program = programs.get(service);
            if (program == null) {
                return Optional.empty();
            }
            program.stop();
        }
        clock.schedule(() -> killLeftovers(List.of(program)), settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
        ActivationInfo stopped;
        synchronized (this) {
            stopped = program.info(System.currentTimeMillis());
        }
        changes.accept(stopped);
        return Optional.of(stopped);
    }

    private synchronized boolean anyAlive(List<ActivatedProgram> all) {
        return all.stream().anyMatch(ActivatedProgram::hasProcesses);
    }

    /** Stops every program with the server: SIGTERM, then SIGKILL to those still there after the grace. */
    @Override
    public void close() {
        clock.shutdownNow();
        List<ActivatedProgram> all;
        synchronized (this) {
            all = new ArrayList<>(programs.values());
            all.forEach(ActivatedProgram::stop);
        }
        long deadline = System.currentTimeMillis() + settings.stopGrace().toMillis();
        try {
            while (anyAlive(all) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            all.forEach(ActivatedProgram::kill);
            record.record(List.of()); // stopped with the server: nothing left for the next run to stop
        }
    }
}
