package org.openmom.app.serverslisteditor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openmom.model.ServerLocator;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListEntry;

/** The edits the editor makes to a Servers List, as pure functions of the immutable model. */
final class ServersListEdits {
    private ServersListEdits() {}

    static ServersList insertEntry(ServersList list, int at, ServersListEntry entry) {
        List<ServersListEntry> entries = new ArrayList<>(list.entries());
        entries.add(at, entry);
        return list.withEntries(entries);
    }

    static ServersList renameEntry(ServersList list, int index, String serviceName, String userName) {
        return updateEntry(list, index, entry -> entry.withNames(serviceName, userName));
    }

    static ServersList removeEntry(ServersList list, int index) {
        List<ServersListEntry> entries = new ArrayList<>(list.entries());
        entries.remove(index);
        return list.withEntries(entries);
    }

    static ServersList moveEntry(ServersList list, int index, int offset) {
        return list.withEntries(moved(list.entries(), index, offset));
    }

    static ServersList insertDeclaration(ServersList list, int entryIndex, int at, ServerDeclaration declaration) {
        return updateDeclarations(list, entryIndex, declarations -> declarations.add(at, declaration));
    }

    static ServersList replaceDeclaration(ServersList list, int entryIndex, int index, ServerLocator locator) {
        return updateDeclarations(list, entryIndex, declarations -> declarations.set(index, declarations.get(index).withLocator(locator)));
    }

    static ServersList removeDeclaration(ServersList list, int entryIndex, int index) {
        return updateDeclarations(list, entryIndex, declarations -> declarations.remove(index));
    }

    static ServersList moveDeclaration(ServersList list, int entryIndex, int index, int offset) {
        return updateEntry(list, entryIndex, entry -> entry.withDeclarations(moved(entry.declarations(), index, offset)));
    }

    private static ServersList updateEntry(ServersList list, int index, UnaryOperator<ServersListEntry> update) {
        List<ServersListEntry> entries = new ArrayList<>(list.entries());
        entries.set(index, update.apply(entries.get(index)));
        return list.withEntries(entries);
    }

    private static ServersList updateDeclarations(ServersList list, int entryIndex,
            java.util.function.Consumer<List<ServerDeclaration>> update) {
        return updateEntry(list, entryIndex, entry -> {
            List<ServerDeclaration> declarations = new ArrayList<>(entry.declarations());
            update.accept(declarations);
            return entry.withDeclarations(declarations);
        });
    }

    private static <T> List<T> moved(List<T> items, int index, int offset) {
        List<T> result = new ArrayList<>(items);
        T item = result.remove(index);
        result.add(index + offset, item);
        return result;
    }
}
