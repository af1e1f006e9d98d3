package org.openmom.server.persistence;

import java.io.IOException;
import java.util.Arrays;
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

    /**
     * The last few names read, as their encoded bytes: consecutive records of a backlog name the
     * same ones, so the next name is usually found by comparing bytes, with no string decoded,
     * hashed or allocated.
     */
    private static final int RECENT = 8;
    private final byte[][] recentBytes = new byte[RECENT][];
    private final String[] recentNames = new String[RECENT];
    private int nextRecent;
    /** The last pairs made, found again by the identity of their (shared) names. */
    private final ServiceUser[] recentPairs = new ServiceUser[RECENT];
    private int nextPair;
    /** The last one-target list, shared by the records that wait for the same target. */
    private List<ServiceUser> lastTarget = List.of();
    /** Where the replay copies each record's header to decode it (its body stays in the journal's buffer). */
    private byte[] headers = new byte[512];

    /** An array of at least {@code length} bytes for a record's header, the same one each time. */
    byte[] headerBuffer(int length) {
        if (headers.length < length) {
            headers = new byte[length];
        }
        return headers;
    }

    String name(String name) {
        return shared(names, name);
    }

    /** Reads the next name of a record (see {@link #recentBytes}). */
    String name(RecordReader in) throws IOException {
        int length = in.stringLength();
        byte[] record = in.array();
        int at = in.position();
        for (int i = 0; i < RECENT; i++) {
            byte[] known = recentBytes[i];
            if (known != null && known.length == length && Arrays.equals(known, 0, length, record, at, at + length)) {
                in.skip(length);
                return recentNames[i];
            }
        }
        String name = name(in.stringOf(length));
        recentBytes[nextRecent] = Arrays.copyOfRange(record, at, at + length);
        recentNames[nextRecent] = name;
        nextRecent = (nextRecent + 1) % RECENT;
        return name;
    }

    ServiceUser pair(String service, String user) {
        for (ServiceUser known : recentPairs) {
            if (known != null && known.service() == service && known.user() == user) {
                return known;
            }
        }
        ServiceUser pair = shared(pairs, ServiceUser.of(name(service), name(user)));
        recentPairs[nextPair] = pair;
        nextPair = (nextPair + 1) % RECENT;
        return pair;
    }

    /** The one-target list of {@code target}, shared like {@link #targets}. */
    List<ServiceUser> target(ServiceUser target) {
        if (lastTarget.size() != 1 || lastTarget.get(0) != target) {
            lastTarget = targets(List.of(target));
        }
        return lastTarget;
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
