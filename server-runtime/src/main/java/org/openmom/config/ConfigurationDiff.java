package org.openmom.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What differs between two configurations, reflex by reflex, as lines of the file: a line in
 * both is unchanged; a reflex of the same kind, Service Name and Key whose DLL Path or Value
 * differs is changed; the rest was added or removed. Comments and the order do not count.
 *
 * @param added   lines only in the new configuration
 * @param removed lines only in the old one
 * @param changed {@code old line → new line}
 */
public record ConfigurationDiff(List<String> added, List<String> removed, List<String> changed) {
    public ConfigurationDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ConfigurationDiff between(ServerConfiguration before, ServerConfiguration after) {
        List<ReflexDeclaration> gone = new ArrayList<>(before.reflexes());
        List<ReflexDeclaration> fresh = new ArrayList<>();
        for (ReflexDeclaration reflex : after.reflexes()) {
            ReflexDeclaration same = gone.stream().filter(old -> old.toLine().equals(reflex.toLine())).findFirst().orElse(null);
            if (same == null) {
                fresh.add(reflex);
            } else {
                gone.remove(same);
            }
        }
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (ReflexDeclaration reflex : fresh) {
            ReflexDeclaration old = gone.stream().filter(o -> sameSlot(o, reflex)).findFirst().orElse(null);
            if (old == null) {
                added.add(reflex.toLine());
            } else {
                gone.remove(old);
                changed.add(old.toLine() + " → " + reflex.toLine());
            }
        }
        return new ConfigurationDiff(added, gone.stream().map(ReflexDeclaration::toLine).toList(), changed);
    }

    private static boolean sameSlot(ReflexDeclaration a, ReflexDeclaration b) {
        return a.kind() == b.kind() && a.serviceName().equals(b.serviceName()) && a.key().equals(b.key());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** "1 added, 0 removed, 2 changed". */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed";
    }
}
