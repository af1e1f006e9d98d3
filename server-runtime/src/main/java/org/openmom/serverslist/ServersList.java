package org.openmom.serverslist;

import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.TextLayout;

/**
 * A Servers List: entries in priority order (the most restrictive first), the comment and blank
 * lines at the end of the file, and the file's layout, so that a rewrite changes only what the
 * person changed.
 */
public record ServersList(List<ServersListEntry> entries, List<String> trailingComments, TextLayout layout) {

    public ServersList {
        entries = List.copyOf(entries);
        trailingComments = List.copyOf(trailingComments);
    }

    public ServersList(List<ServersListEntry> entries) {
        this(entries, List.of(), TextLayout.DEFAULT);
    }

    public static ServersList empty() {
        return new ServersList(List.of());
    }

    /** The entry a service {@code (service, user)} uses: the first whose patterns match. */
    public Optional<ServersListEntry> entryFor(String service, String user) {
        return entries.stream().filter(e -> e.matches(service, user)).findFirst();
    }

    /** The declarations the service tries, in order; empty when no entry matches. */
    public List<ServerDeclaration> declarationsFor(String service, String user) {
        return entryFor(service, user).map(ServersListEntry::declarations).orElse(List.of());
    }

    public int declarationCount() {
        return entries.stream().mapToInt(e -> e.declarations().size()).sum();
    }

    public ServersList withEntries(List<ServersListEntry> newEntries) {
        return new ServersList(newEntries, trailingComments, layout);
    }
}
