package org.openmom.server;

import java.util.HashMap;
import java.util.Map;
import org.openmom.model.NamePattern;
import org.openmom.model.ServiceUser;

/**
 * Which instance an anycast message or a CALL goes to, without looking at every registered
 * service: a {@link LeastLoaded} rotation per exact name ({@code SERVICE/USER}) and one per service
 * (for {@code SERVICE/*} and {@code SERVICE}), each holding the instances that may take new
 * messages now. Only a partial pattern ({@code CHAT*}, {@code SERVICE/AB*}) is not indexed: the
 * broker looks through the registry for it.
 *
 * <p><b>In or out of the rotation.</b> An instance is in its rotations while
 * {@link Instance#takesNewMessages()} holds; whoever changes what that method reads (an
 * administrator disabling it, a supervisor taking a bad instance out, a client locking it) calls
 * {@link #refresh} afterwards, which costs one move in each of its two rotations. Its load is
 * followed as its mailbox changes ({@link Instance#loadChanged}). Guarded by the broker lock.
 */
final class AnycastIndex {
    private final Map<ServiceUser, LeastLoaded> byName = new HashMap<>();
    private final Map<String, LeastLoaded> byService = new HashMap<>();

    /** Whether the choice for {@code to} comes from a rotation (else the registry is looked through). */
    static boolean covers(ServiceUser to) {
        return !to.isPattern() || (to.user().equals(NamePattern.WILDCARD) && to.service().indexOf('*') < 0);
    }

    /**
     * The least loaded instance that may take a message for {@code to} now (round-robin among
     * equals), or null; {@code to} must be {@linkplain #covers covered}.
     */
    Instance next(ServiceUser to) {
        LeastLoaded rotation = to.isPattern() ? byService.get(to.service()) : byName.get(to);
        return rotation == null ? null : rotation.next();
    }

    /** A new registration: it gets its places, and enters the rotations if it takes messages. */
    void joined(Instance instance) {
        instance.byName = place(byName.computeIfAbsent(instance.who(), name -> new LeastLoaded()), instance);
        instance.byService = place(byService.computeIfAbsent(instance.who().service(), name -> new LeastLoaded()), instance);
        refresh(instance);
    }

    private static LeastLoaded.Place place(LeastLoaded rotation, Instance instance) {
        rotation.members++;
        return rotation.placeFor(instance);
    }

    /** The instance is no longer registered: it leaves its rotations, which go once nobody of their name is left. */
    void left(Instance instance) {
        if (instance.byName == null) {
            return;
        }
        leave(instance.byName, byName, instance.who());
        leave(instance.byService, byService, instance.who().service());
        instance.byName = null;
        instance.byService = null;
    }

    private static <K> void leave(LeastLoaded.Place place, Map<K, LeastLoaded> rotations, K key) {
        place.rotation.leave(place);
        if (--place.rotation.members == 0) {
            rotations.remove(key);
        }
    }

    /** Puts the instance in its rotations or takes it out, as {@link Instance#takesNewMessages()} now says. */
    void refresh(Instance instance) {
        if (instance.byName == null) {
            return;
        }
        if (instance.takesNewMessages()) {
            int load = instance.mailbox.undelivered();
            instance.byName.rotation.enter(instance.byName, load);
            instance.byService.rotation.enter(instance.byService, load);
        } else {
            instance.byName.rotation.leave(instance.byName);
            instance.byService.rotation.leave(instance.byService);
        }
    }
}
