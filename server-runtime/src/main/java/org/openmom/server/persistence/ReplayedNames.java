package org.openmom.server.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmom.model.ServiceUser;

/**
 * The names in the records of one replay, each kept once. A backlog names the same few services,
 * users and events over and over; while a server runs, the broker shares those names, but a
 * replay that decoded a copy per record needed about twice the heap for the same messages, so a
 * server whose backlog fitted in its heap could not start again after a crash.
 */
final class ReplayedNames {
    /** Past this many distinct names, a name is no longer shared: a journal of only distinct names gains nothing. */
    private static final int MAX_SHARED = 65_536;

    private final Map<String, String> names = new HashMap<>();
    private final Map<ServiceUser, ServiceUser> pairs = new HashMap<>();
    private final Map<List<ServiceUser>, List<ServiceUser>> targetLists = new HashMap<>();

    String name(String name) {
        return shared(names, name);
    }

    ServiceUser pair(String service, String user) {
        return shared(pairs, ServiceUser.of(name(service), name(user)));
    }

    /** The targets as an immutable list, the same list for records with the same targets. */
    List<ServiceUser> targets(List<ServiceUser> targets) {
        return shared(targetLists, List.copyOf(targets));
    }

    private static <T> T shared(Map<T, T> known, T value) {
        T existing = known.get(value);
        if (existing != null) {
            return existing;
        }
        if (known.size() < MAX_SHARED) {
            known.put(value, value);
        }
        return value;
    }
}
