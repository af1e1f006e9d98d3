package org.openmom.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

/**
 * What came through routers, to suppress copies sent again (docs/routers.md, "Nothing lost,
 * nothing twice"). A persistent message is known by its previous server's id and time for it
 * (the route's last hop) until that server says it will never send it again (FORGET): even once
 * consumed here, its journal record stays as a marker until then. A global message is known by
 * its origin (the route's first hop) for a while, so that one reaching a server along two paths
 * is posted once. Both are bounded. Guarded by the broker lock.
 */
final class RoutedArrivals {
    /** Persistent arrivals remembered at most; past it the oldest is forgotten. */
    static final int MAX_PERSISTENT = 500_000;
    /** Measured heap cost of one remembered arrival (key, entry, map slot), rounded up; counted against the memory bound. */
    static final int COST = 128;
    /** Global arrivals remembered at most. */
    static final int MAX_GLOBAL = 100_000;

    /** A message as its previous (or first) server named it. */
    record Key(String server, long id, long at) {
        static Key of(RouteHop hop) {
            return new Key(hop.server(), hop.messageId(), hop.atMillis());
        }
    }

    /** Where a persistent arrival is here, and when it was (or will be) durable. */
    record Arrival(long localId, CompletableFuture<Void> stored) {}

    private final Map<Key, Arrival> persistent;
    private final Map<Key, Boolean> globals = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > MAX_GLOBAL;
        }
    };
    private final HeldMemory memory;

    /**
     * Remembered arrivals count against {@code memory}, so that a peer sending persistent messages
     * through a link and never forgetting them meets the server's memory bound; {@code forgotten}
     * gets the local id of an arrival dropped because {@link #MAX_PERSISTENT} was reached.
     */
    RoutedArrivals(HeldMemory memory, LongConsumer forgotten) {
        this.memory = memory;
        persistent = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Arrival> eldest) {
                if (size() <= MAX_PERSISTENT) {
                    return false;
                }
                memory.release(COST);
                forgotten.accept(eldest.getValue().localId());
                return true;
            }
        };
    }

    static Key lastHop(Message message) {
        List<RouteHop> route = message.route();
        return Key.of(route.get(route.size() - 1));
    }

    Arrival find(Key key) {
        return persistent.get(key);
    }

    void remember(Key key, long localId, CompletableFuture<Void> stored) {
        if (persistent.put(key, new Arrival(localId, stored)) == null) {
            memory.hold(COST);
        }
    }

    /** Whether {@code message} (here under its own id) must be kept as a marker once consumed. */
    boolean remembers(Message message) {
        if (!message.isRouted()) {
            return false;
        }
        Arrival arrival = persistent.get(lastHop(message));
        return arrival != null && arrival.localId() == message.id();
    }

    Arrival forget(Key key) {
        Arrival gone = persistent.remove(key);
        if (gone != null) {
            memory.release(COST);
        }
        return gone;
    }

    /** The keys remembered from {@code server}: what it is told at its link's registration. */
    List<Key> from(String server) {
        List<Key> keys = new ArrayList<>();
        for (Iterator<Key> it = persistent.keySet().iterator(); it.hasNext(); ) {
            Key key = it.next();
            if (key.server().equals(server)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** True the first time the global message from {@code origin} arrives. */
    boolean firstGlobal(Key origin) {
        return globals.put(origin, Boolean.TRUE) == null;
    }

}
