package org.openmom.admin.server;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openmom.admin.LogLine;
import org.openmom.admin.ReflexInfo;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openmom.admin.ReloadResult;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.server.Broker;
import org.openmom.server.activation.ActivationSupervisor;
import org.openmom.server.BrokerObserver;
import org.openmom.server.routing.Routers;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.server.pipeline.Administration;

/**
 * The administration side of one server: what its administration connections read and change
 * (broker, reflexes, routers, log) and the hub their watches hang on. One per server; each admin
 * connection gets its own {@link AdminRequestHandler}.
 */
public final class AdminService implements Administration, AutoCloseable {
    /** Lines of recent log kept for {@code openmom log}. */
    public static final int LOG_LINES = 2000;

    private final Broker broker;
    /** Replaced when the server takes a new configuration. */
    private volatile ReflexRegistry reflexes;
    private final ConfigurationReloader reloader;
    /**
     * Where reloads run: loading reflexes may take seconds (jars, constructors), which the
     * connection's event loop, shared with other connections, must not wait for.
     */
    private final ExecutorService reloads = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "openmom-admin-reload");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Where searches, exports, purges and reposts run: they read or change many messages, which
     * the connections' event loops, shared with services, must not wait for. One thread: one
     * such request at a time per server, the others queued behind it.
     */
    private final ExecutorService work = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "openmom-admin-work");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });
    private final AtomicLong nextStreamId = new AtomicLong(1);
    private final Trash trash = Trash.withDefaults();
    private final AuditLog audit;
    private final ServerFacts facts;
    private final ServerLogControl log;
    private final Routers routers;
    private final WatchHub hub = new WatchHub();
    private final Consumer<LogLine> logListener = hub::logged;

    /** The programs started on demand; null for a server without them (a test's broker). */
    private final ActivationSupervisor activations;

    private AdminService(Broker broker, ReflexRegistry reflexes, ServerFacts facts, ServerLogControl log, Routers routers,
            ConfigurationReloader reloader, AuditLog audit, ActivationSupervisor activations) {
        this.broker = broker;
        this.audit = audit;
        this.activations = activations;
        this.reflexes = reflexes;
        this.reloader = reloader;
        this.facts = facts;
        this.log = log;
        this.routers = routers;
    }

    /**
     * Starts administration of {@code broker}: observes it for watches and keeps the recent log.
     *
     * @param reflexes the server's reflexes, or null when it runs none
     * @param routers  the server's routers, listed, created and removed by administrators
     */
    public static AdminService start(Broker broker, ReflexRegistry reflexes, ServerFacts facts, Routers routers) {
        return start(broker, reflexes, facts, routers, ConfigurationReloader.NONE);
    }

    /** As above, for a server that can take a new configuration while running ({@code reloader}). */
    public static AdminService start(Broker broker, ReflexRegistry reflexes, ServerFacts facts, Routers routers,
            ConfigurationReloader reloader) {
        return start(broker, reflexes, facts, routers, reloader, (Path) null);
    }

    /**
     * As above, keeping the audit log of administration actions in {@code auditFile} (null: in
     * memory only, lost at restart).
     */
    public static AdminService start(Broker broker, ReflexRegistry reflexes, ServerFacts facts, Routers routers,
            ConfigurationReloader reloader, Path auditFile) {
        return start(broker, reflexes, facts, routers, reloader, auditFile, null);
    }

    /** As above, for a server whose configuration has Activation lines ({@code activations}, or null). */
    public static AdminService start(Broker broker, ReflexRegistry reflexes, ServerFacts facts, Routers routers,
            ConfigurationReloader reloader, Path auditFile, ActivationSupervisor activations) {
        AuditLog audit = auditFile == null ? AuditLog.inMemory() : AuditLog.inFile(auditFile);
        AdminService service = new AdminService(broker, reflexes, facts, ServerLogControl.install(LOG_LINES), routers, reloader, audit,
                activations);
        broker.observe(service.hub);
        service.log.ring().addListener(service.logListener);
        service.followStatusOf(reflexes);
        if (activations != null) {
            activations.onChange(activation -> service.hub.activationChanged(activation.service()));
        }
        return service;
    }

    private void followStatusOf(ReflexRegistry registry) {
        if (registry != null) {
            registry.addStatusListener(status -> {
                ReflexInfo reflex = AdminViews.reflex(status);
                hub.reflexStatusChanged(reflex.index(), reflex.status(), reflex.declaration());
            });
        }
    }

    /**
     * ADMIN_RELOAD: the server takes a new configuration (or refuses it, changing nothing); the
     * watchers are told, so that the Explorer's Reflexes node shows the new set.
     */
    synchronized ReloadResult reload(String configText, boolean dryRun) {
        ConfigurationReloader.Reloaded reloaded = reloader.reload(configText, dryRun);
        if (dryRun) {
            return reloaded.result();
        }
        reflexes = reloaded.registry();
        followStatusOf(reloaded.registry());
        hub.reflexesReloaded(reloaded.result().summary());
        return reloaded.result();
    }

    /** The request handler of one administration connection, whose watches send over {@code link}. */
    @Override
    public AdminRequestHandler connect(AdminLink link, String label) {
        return new AdminRequestHandler(this, link, new LinkedWatchPeer(link), label);
    }

    Broker broker() {
        return broker;
    }

    /** The programs started on demand, or null. */
    ActivationSupervisor activations() {
        return activations;
    }

    /** Runs a reload off the connections' threads; its answer is sent when it is done. */
    Executor reloads() {
        return reloads;
    }

    /** Runs a search, an export, a purge or a repost off the connections' threads. */
    Executor work() {
        return work;
    }

    long nextStreamId() {
        return nextStreamId.getAndIncrement();
    }

    Trash trash() {
        return trash;
    }

    AuditLog audit() {
        return audit;
    }

    ReflexRegistry reflexes() {
        return reflexes;
    }

    Routers routers() {
        return routers;
    }

    ServerFacts facts() {
        return facts;
    }

    ServerLogControl log() {
        return log;
    }

    WatchHub hub() {
        return hub;
    }

    @Override
    public void close() {
        reloads.shutdownNow();
        work.shutdownNow();
        audit.close();
        broker.observe(BrokerObserver.NONE);
        log.ring().removeListener(logListener);
        log.uninstall();
    }
}
