package org.openmom.admin.server;

import java.util.function.Consumer;
import org.openmom.admin.LogLine;
import org.openmom.admin.ReflexInfo;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.server.Broker;
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
    private final ReflexRegistry reflexes;
    private final ServerFacts facts;
    private final ServerLogControl log;
    private final Routers routers;
    private final WatchHub hub = new WatchHub();
    private final Consumer<LogLine> logListener = hub::logged;

    private AdminService(Broker broker, ReflexRegistry reflexes, ServerFacts facts, ServerLogControl log, Routers routers) {
        this.broker = broker;
        this.reflexes = reflexes;
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
        AdminService service = new AdminService(broker, reflexes, facts, ServerLogControl.install(LOG_LINES), routers);
        broker.observe(service.hub);
        service.log.ring().addListener(service.logListener);
        if (reflexes != null) {
            reflexes.addStatusListener(status -> {
                ReflexInfo reflex = AdminViews.reflex(status);
                service.hub.reflexStatusChanged(reflex.index(), reflex.status(), reflex.declaration());
            });
        }
        return service;
    }

    /** The request handler of one administration connection, whose watches send over {@code link}. */
    @Override
    public AdminRequestHandler connect(AdminLink link, String label) {
        return new AdminRequestHandler(this, new LinkedWatchPeer(link), label);
    }

    Broker broker() {
        return broker;
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
        broker.observe(BrokerObserver.NONE);
        log.ring().removeListener(logListener);
        log.uninstall();
    }
}
