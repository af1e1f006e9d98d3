package org.openmom.app.serverslisteditor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListEntry;

/**
 * "Who connects where" without its controls: the service and user typed, the entry of the list
 * they use (the same answer as {@code ./openmom resolve}), and the declarations they try, in order.
 */
final class WhoConnectsModel {
    private final ObservableObjectValue<ServersList> list;
    private final StringProperty service = new SimpleStringProperty(this, "service", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final IntegerBinding matchedEntry;
    private final StringBinding verdict;
    private final ObservableList<String> tried = FXCollections.observableArrayList();
    /** The one read-only view handed out: it follows the list through a weak listener, so it must live as long as the list. */
    private final ObservableList<String> triedShown = FXCollections.unmodifiableObservableList(tried);

    /** @param list the list as it is being edited */
    WhoConnectsModel(ObservableObjectValue<ServersList> list) {
        this.list = list;
        matchedEntry = Bindings.createIntegerBinding(this::findMatchedEntry, service, user, list);
        verdict = Bindings.createStringBinding(this::verdictText, matchedEntry, service, user, list);
        matchedEntry.addListener((o, before, now) -> updateTried());
        list.addListener((o, before, now) -> updateTried());
    }

    StringProperty serviceProperty() {
        return service;
    }

    StringProperty userProperty() {
        return user;
    }

    /** The index of the entry the service and user typed use, or -1. */
    IntegerBinding matchedEntryProperty() {
        return matchedEntry;
    }

    /** One sentence: which entry they use, or that none matches. */
    StringBinding verdictProperty() {
        return verdict;
    }

    /** The declarations they try, in order, in the table's words ("pc17, TCP/IP (ncacn_ip_tcp), automatic end point, …"). */
    ObservableList<String> tried() {
        return triedShown;
    }

    private boolean asked() {
        return !service.get().isBlank() && !user.get().isBlank();
    }

    private int findMatchedEntry() {
        if (!asked()) {
            return -1;
        }
        List<ServersListEntry> entries = list.get().entries();
        return list.get().entryFor(service.get().strip(), user.get().strip()).map(entries::indexOf).orElse(-1);
    }

    private String verdictText() {
        String who = service.get().strip();
        String as = user.get().strip();
        int index = matchedEntry.get();
        if (!asked()) {
            return "Type a service and a user to see which servers they try.";
        }
        if (index < 0) {
            return "No entry matches " + who + " " + as + ": this service finds no server. Add an entry for it, or '! * *'.";
        }
        return who + " " + as + " uses entry " + (index + 1) + " '" + list.get().entries().get(index).headerLine() + "' and tries, in order:";
    }

    private void updateTried() {
        int index = matchedEntry.get();
        tried.setAll(index < 0 ? List.of()
                : list.get().entries().get(index).declarations().stream()
                        .map(declaration -> DeclarationWords.sentence(declaration.locator())).toList());
    }
}
