package org.openmom.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

/**
 * The routers of a broker and the choice among them (docs/routers.md, "Which router"): an event
 * router before a service router before local delivery; server routers for what has no recipient
 * here, and all of them for a global message. A router never takes a message whose route already
 * passed its target, nor one that has passed {@link #HOP_LIMIT} servers. Guarded by the broker lock.
 *
 * <p>A router being removed stays in the choice of new posts until its queue is routed again:
 * what it would have taken waits behind what it holds, so each destination keeps its order. Calls,
 * and the messages routed again, go to the other routers only.
 */
final class RouterTable {
    /** At most this many servers on a message's way: a cycle the route check misses ends here. */
    static final int HOP_LIMIT = 16;

    /** One router: its rule, its queue (an instance whose sink is the link) and what it dropped. */
    static final class Router {
        final RouterRule rule;
        final Instance queue;
        final RouterLink link;
        /** Ordinary messages dropped because the queue was full. */
        long dropped;
        /** Being removed: its queue sends nothing more and is routed again, a chunk at a time. */
        boolean removing;

        Router(RouterRule rule, Instance queue, RouterLink link) {
            this.rule = rule;
            this.queue = queue;
            this.link = link;
        }
    }

    private final Map<String, Router> byName = new LinkedHashMap<>();
    /** The queue of each router, by name: what administrators page (see {@link Broker#routerQueues()}). */
    private final Map<String, Instance> queues = new LinkedHashMap<>();

    void add(Router router) {
        byName.put(router.rule.name(), router);
        queues.put(router.rule.name(), router.queue);
    }

    /** The router is being removed: see the class comment. */
    void startRemoving(Router router) {
        router.removing = true;
    }

    /** The removed router's queue is empty: it is gone. */
    void removed(Router router) {
        queues.remove(router.rule.name());
        byName.remove(router.rule.name());
    }

    /** The names of the routers being removed. */
    List<String> removing() {
        List<String> names = new ArrayList<>(0);
        for (Router router : byName.values()) {
            if (router.removing) {
                names.add(router.rule.name());
            }
        }
        return names;
    }

    Router get(String name) {
        return byName.get(name);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    Collection<Instance> queues() {
        return queues.values();
    }

    Router ofQueue(Instance queue) {
        Router router = byName.get(queue.who().user());
        return router != null && router.queue == queue ? router : null;
    }

    /** The event router, else the service router, that takes {@code message} before local delivery; or null. */
    Router explicitFor(Message message) {
        return explicitFor(message, true);
    }

    /** As {@link #explicitFor}, among the routers not being removed: where a CALL or a message routed again goes. */
    Router openExplicitFor(Message message) {
        return explicitFor(message, false);
    }

    private Router explicitFor(Message message, boolean removingToo) {
        if (byName.isEmpty() || !mayTravel(message)) {
            return null;
        }
        Router serviceRouter = null;
        for (Router router : byName.values()) {
            if ((removingToo || !router.removing) && router.rule.takes(message) && !passed(message, router)) {
                if (router.rule.isEventRouter()) {
                    return router;
                }
                if (serviceRouter == null) {
                    serviceRouter = router;
                }
            }
        }
        return serviceRouter;
    }

    /**
     * The server router for a message without a recipient here: the first whose link is up, else
     * the first; or null. One being removed counts as up: it took the messages before this one.
     */
    Router neighbourFor(Message message) {
        return neighbourFor(message, true);
    }

    /** As {@link #neighbourFor}, among the routers not being removed. */
    Router openNeighbourFor(Message message) {
        return neighbourFor(message, false);
    }

    private Router neighbourFor(Message message, boolean removingToo) {
        Router first = null;
        for (Router router : neighboursFor(message)) {
            if (router.removing && !removingToo) {
                continue;
            }
            if (router.removing || router.link.isUp()) {
                return router;
            }
            if (first == null) {
                first = router;
            }
        }
        return first;
    }

    /** Every server router that may take {@code message} (a global message goes to each). */
    List<Router> neighboursFor(Message message) {
        if (byName.isEmpty() || !mayTravel(message)) {
            return List.of();
        }
        List<Router> neighbours = new ArrayList<>(2);
        for (Router router : byName.values()) {
            if (router.rule.isServerRouter() && !passed(message, router)) {
                neighbours.add(router);
            }
        }
        return neighbours;
    }

    /** Whether one more server may be passed: the route plus this server stay under the limit. */
    private static boolean mayTravel(Message message) {
        return message.route().size() + 1 < HOP_LIMIT;
    }

    /** Whether the router's target is already on the message's route. */
    private static boolean passed(Message message, Router router) {
        String target = router.link.targetServer();
        return target != null && RouteHop.passes(message.route(), target);
    }
}
