package org.openmom.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message as the server holds it: once as a seed in the server mailbox, then as the same
 * (immutable, shared) object in the mailbox of every recipient. Kept small on purpose — the
 * server may queue millions of them: names are interned by the broker, flags are bits.
 *
 * @param id     the server-assigned id, unique within a server run and across its journal
 * @param from   who posted it
 * @param to     the addressed (service, user), {@code *} wildcards allowed
 * @param event  the event name
 * @param flags  {@link #PERSISTENT}, {@link #ANYCAST}, {@link #GLOBAL}, {@link #CALL} bits
 * @param body   the payload, raw bytes, never copied by the server
 * @param postedAt when this server received it, epoch milliseconds (kept in the journal)
 * @param route  the servers it passed through routers before this one, the posting server first;
 *               empty for a message posted here
 * @param properties names and values its poster (or the server: a dead letter's original destination)
 *               gave it beside the body, in their order; unchangeable, and the one shared {@code Map.of()}
 *               for the many messages without ({@link MessagePropertyLimits#copyOf})
 */
public record Message(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body, long postedAt,
        List<RouteHop> route, Map<String, String> properties) {
    /** Survives the absence of its recipient and a server crash. */
    public static final int PERSISTENT = 1;
    /** Goes to one recipient only, the least loaded. */
    public static final int ANYCAST = 2;
    /** Posted on every server reachable through server routers. */
    public static final int GLOBAL = 4;
    /** A synchronous request: its recipient answers with a reply. */
    public static final int CALL = 8;

    public Message {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(properties, "properties");
    }

    /** A message without properties. */
    public Message(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body, long postedAt,
            List<RouteHop> route) {
        this(id, from, to, event, flags, body, postedAt, route, Map.of());
    }

    /** A message posted here now. */
    public Message(long id, ServiceUser from, ServiceUser to, String event, int flags, byte[] body) {
        this(id, from, to, event, flags, body, System.currentTimeMillis(), List.of());
    }

    /** Whether it came from another server through a router. */
    public boolean isRouted() {
        return !route.isEmpty();
    }

    public boolean isPersistent() {
        return (flags & PERSISTENT) != 0;
    }

    public boolean isAnycast() {
        return (flags & ANYCAST) != 0;
    }

    public boolean isGlobal() {
        return (flags & GLOBAL) != 0;
    }

    public boolean isCall() {
        return (flags & CALL) != 0;
    }

    /** The same message, addressed elsewhere (a filter may change the destination). */
    public Message withTo(ServiceUser newTo) {
        return new Message(id, from, newTo, event, flags, body, postedAt, route, properties);
    }

    public Message withBody(byte[] newBody) {
        return new Message(id, from, to, event, flags, newBody, postedAt, route, properties);
    }

    public boolean hasProperties() {
        return !properties.isEmpty();
    }

    @Override
    public String toString() {
        return "Message#" + id + "[" + from + " -> " + to + " " + event + ", " + body.length + " bytes]";
    }
}
