package org.openmom.app.explorer.search;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.Running;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.SearchSummary;
import org.openmom.app.explorer.tree.ConnectionState;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.ServerConnection;

/**
 * Search in the bodies and headers of every message of every connected server: each server
 * runs it and streams its hits, which join the results as they come, with the progress; Cancel
 * stops every server's search.
 */
public final class SearchModel {
    /** One hit, with the server it is on. */
    public record Result(ServerConnection server, SearchHit hit) {
        public String serverName() {
            return server.name();
        }
    }

    private final ObservableList<ServerConnection> connections;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("Search the bodies and headers of every message"
            + " of every connected server");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final List<Running<SearchSummary>> searches = new ArrayList<>();
    private int serversLeft;
    private long scanned;
    private final List<String> problems = new ArrayList<>();
    /** Counts the searches started: the parts of a cancelled or replaced one are dropped. */
    private long generation;

    public SearchModel(ObservableList<ServerConnection> connections) {
        this.connections = connections;
    }

    /** Starts the search on every connected server (cancelling one under way). */
    public void search() {
        cancelRunning();
        results.clear();
        problems.clear();
        scanned = 0;
        String wanted = text.get() == null ? "" : text.get();
        if (wanted.isBlank()) {
            progress.set("Type what to look for first");
            return;
        }
        List<ServerConnection> servers = connections.stream().filter(c -> c.stateProperty().get() == ConnectionState.CONNECTED).toList();
        if (servers.isEmpty()) {
            progress.set("No server connected — Connect… (Ctrl+K) first");
            return;
        }
        long search = ++generation;
        SearchQuery query = regex.get() ? SearchQuery.regex(wanted) : SearchQuery.text(wanted);
        serversLeft = servers.size();
        running.set(true);
        showProgress();
        for (ServerConnection server : servers) {
            Running<SearchSummary> started = server.search(query, hits -> {
                if (search == generation) {
                    hits.forEach(hit -> results.add(new Result(server, hit)));
                    showProgress();
                }
            }, summary -> {
                if (search == generation) {
                    scanned += summary.scanned();
                    if (summary.capped()) {
                        problems.add(server.name() + ": stopped at " + summary.hits() + " hits");
                    }
                    serverDone();
                }
            }, error -> {
                if (search == generation) {
                    problems.add(server.name() + ": " + error);
                    serverDone();
                }
            });
            if (started != null) {
                searches.add(started);
            }
        }
    }

    private void serverDone() {
        if (--serversLeft == 0) {
            running.set(false);
            searches.clear();
        }
        showProgress();
    }

    private void showProgress() {
        NumberFormat count = NumberFormat.getIntegerInstance();
        String hits = count.format(results.size()) + " hit" + (results.size() == 1 ? "" : "s");
        String text = running.get() ? "Searching " + serversLeft + " server" + (serversLeft == 1 ? "" : "s") + "… " + hits
                : hits + " (" + count.format(scanned) + " messages read)";
        progress.set(problems.isEmpty() ? text : text + "; " + String.join("; ", problems));
    }

    /** Cancel: every server stops searching; the hits found so far stay. */
    public void cancel() {
        if (running.get()) {
            cancelRunning();
            progress.set(results.size() + " hit" + (results.size() == 1 ? "" : "s") + " — cancelled");
        }
    }

    private void cancelRunning() {
        generation++;
        searches.forEach(Running::close);
        searches.clear();
        running.set(false);
    }

    /** The selected results as nodes, for the actions and the details pane. */
    public List<ExplorerNode> nodes(List<Result> selected) {
        return selected.stream().map(r -> ExplorerNode.ofMessage(r.hit().message(), r.hit().mailbox(), r.server())).toList();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The text is a regular expression (else plain text, any letter case). */
    public BooleanProperty regexProperty() {
        return regex;
    }

    public ObservableList<Result> results() {
        return results;
    }

    /** "Searching 2 servers… 15 hits", then the count and how many messages were read. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
