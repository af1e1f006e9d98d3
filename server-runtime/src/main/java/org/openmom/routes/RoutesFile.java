package org.openmom.routes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmom.fileformat.TextLayout;

/**
 * A routes file: the routers in file order, the comment and blank lines at the end of the file,
 * and the file's layout, so that a rewrite changes only what the person changed.
 */
public record RoutesFile(List<RouterDeclaration> routers, List<String> trailingComments, TextLayout layout) {

    public RoutesFile {
        routers = List.copyOf(routers);
        trailingComments = List.copyOf(trailingComments);
    }

    public RoutesFile(List<RouterDeclaration> routers) {
        this(routers, List.of(), TextLayout.DEFAULT);
    }

    public static RoutesFile empty() {
        return new RoutesFile(List.of());
    }

    public Optional<RouterDeclaration> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** How many routers of each kind, kinds in the enum's order, absent kinds left out. */
    public Map<RouterKind, Integer> countByKind() {
        Map<RouterKind, Integer> counts = new EnumMap<>(RouterKind.class);
        routers.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        return counts;
    }

    public RoutesFile withRouters(List<RouterDeclaration> newRouters) {
        return new RoutesFile(newRouters, trailingComments, layout);
    }
}
