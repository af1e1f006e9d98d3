package org.openmom.server.routing;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.routes.EventRouter;
import org.openmom.routes.RouterDeclaration;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.ServiceRouter;
import org.openmom.server.Broker;
import org.openmom.server.Instance;
import org.openmom.server.RouterRule;
import org.openmom.transport.NettyTransport;

/**
 * The routers of one server (docs/routers.md): created from a routes file at start or by an
 * administrator, listed with their state, removed. Each has a queue in the broker and a
 * {@link ForwardingLink} to its target; the links share one event loop group of their own.
 * Thread-safe; its monitor is never held while the broker is called (the broker lock comes first).
 */
public final class Routers implements AutoCloseable {
    private final Broker broker;
    private final OpenMomHome home;
    private final Duration heartbeat;
    /** One thread: the links' state of the event loop is touched by that one thread only. */
    private final EventLoopGroup group = NettyTransport.newGroup(1, "openmom-router");
    private final Map<String, ForwardingLink> links = new LinkedHashMap<>();

    /** @param heartbeat how often the links ping their targets when they have nothing to send */
    public Routers(Broker broker, OpenMomHome home, Duration heartbeat) {
        this.broker = broker;
        this.home = home;
        this.heartbeat = heartbeat;
    }

    /** Every router, in creation order. */
    public List<RouterStatus> list() {
        List<ForwardingLink> now;
        synchronized (this) {
            now = new ArrayList<>(links.values());
        }
        List<RouterStatus> statuses = new ArrayList<>(now.size());
        for (ForwardingLink link : now) {
            if (link.isStarted()) { // one being created this moment shows once it has its queue
                statuses.add(link.status());
            }
        }
        return statuses;
    }

    /**
     * Creates every router of {@code routes}, or none: a name already used here (or by a router
     * still being removed), twice in the file, or a target that is this server is a
     * {@link RouterException}. Each connects in the background.
     *
     * @return the routers created, in file order
     */
    public List<RouterStatus> add(RoutesFile routes) throws RouterException {
        List<String> beingRemoved = broker.routing().routersBeingRemoved(); // asked before this monitor is taken (lock order)
        List<ForwardingLink> created = new ArrayList<>();
        synchronized (this) { // names are checked and taken at once; the broker is called after (lock order)
            check(routes.routers(), beingRemoved);
            for (RouterDeclaration declaration : routes.routers()) {
                ForwardingLink link = new ForwardingLink(declaration, broker, home, group, heartbeat);
                links.put(declaration.name(), link);
                created.add(link);
            }
        }
        List<RouterStatus> statuses = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            ForwardingLink link = created.get(i);
            try {
                link.start(broker.routing().openRouter(rule(link.declaration()), link));
            } catch (IllegalStateException e) { // its name was removed by another administrator a moment ago, and is not free yet
                forget(created.subList(i, created.size()));
                throw new RouterException(e.getMessage());
            }
            statuses.add(link.status());
        }
        return statuses;
    }

    private synchronized void forget(List<ForwardingLink> unstarted) {
        for (ForwardingLink link : unstarted) {
            links.remove(link.declaration().name(), link);
        }
    }

    private void check(List<RouterDeclaration> declarations, List<String> beingRemoved) throws RouterException {
        Set<String> names = new HashSet<>(links.keySet());
        ServerIdentity self = broker.identity();
        for (RouterDeclaration declaration : declarations) {
            if (beingRemoved.contains(declaration.name())) {
                throw new RouterException("router " + declaration.name() + " of server " + self
                        + " is still being removed (what waited in it is being routed again): add it again in a moment");
            }
            if (!names.add(declaration.name())) {
                throw new RouterException("server " + self + " already has a router named " + declaration.name()
                        + ": give the new one another name, or remove the old one first");
            }
            ServerAddress target = ServerAddress.of(declaration.target());
            if (target.serverName().equals(self.name()) && target.role() == self.role()) {
                throw new RouterException("router " + declaration.name() + " leads to server " + self + " itself: give it another server as target");
            }
        }
    }

    /**
     * Removes router {@code name}; what waits in it is routed again as if just posted, a chunk at a
     * time in the background (its name is free again once that is done).
     *
     * @return the router as it was just before
     */
    public RouterStatus remove(String name) throws RouterException {
        ForwardingLink link;
        synchronized (this) {
            link = links.get(name);
            if (link == null) {
                throw new RouterException("server " + broker.identity() + " has no router named " + name + ": see `openmom routers list`");
            }
            if (!link.isStarted()) {
                throw new RouterException("router " + name + " of server " + broker.identity() + " is being created: remove it in a moment");
            }
            links.remove(name);
        }
        RouterStatus before = link.status();
        broker.routing().closeRouter(name);
        link.close();
        return before;
    }

    private static RouterRule rule(RouterDeclaration declaration) {
        if (declaration instanceof EventRouter) {
            EventRouter event = (EventRouter) declaration;
            return RouterRule.event(declaration.name(), event.serviceName(), event.eventName());
        }
        if (declaration instanceof ServiceRouter) {
            return RouterRule.service(declaration.name(), ((ServiceRouter) declaration).serviceName());
        }
        return RouterRule.server(declaration.name());
    }

    /** Ends every link (the routers' queues stay in the broker, and in the journal). */
    @Override
    public void close() {
        List<ForwardingLink> all;
        synchronized (this) {
            all = new ArrayList<>(links.values());
        }
        all.forEach(ForwardingLink::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
