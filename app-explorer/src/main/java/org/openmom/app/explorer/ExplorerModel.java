package org.openmom.app.explorer;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveredServer;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.PurgeCount;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.TransferResult;
import org.openmom.admin.client.AdminClient;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.common.tree.FilterableTreeItem;
import org.openmom.app.explorer.activations.ActivationCommands;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.details.DetailsModel;
import org.openmom.app.explorer.messages.MessageTableModel;
import org.openmom.app.explorer.overview.DashboardModel;
import org.openmom.app.explorer.overview.OverviewModel;
import org.openmom.app.explorer.profiles.ProfileCommands;
import org.openmom.app.explorer.routers.RouterCommands;
import org.openmom.app.explorer.safety.AuditModel;
import org.openmom.app.explorer.safety.TrashModel;
import org.openmom.app.explorer.search.SearchModel;
import org.openmom.app.explorer.send.TestMessage;
import org.openmom.app.explorer.transfer.ExportImportCommands;
import org.openmom.app.explorer.tree.ConnectionState;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;
import org.openmom.app.explorer.tree.ServerConnection;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RouterKind;

/**
 * The Explorer without its window: the connections and their tree, what is selected, and the
 * commands of the toolbar, each with the condition that enables it.
 */
public final class ExplorerModel {
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();
    private static final String NOTHING_CONNECTED = "No server connected — Connect… (Ctrl+K) to choose servers";

    private final AdminOptions baseOptions;
    private final BackgroundWork background;
    private final ExplorerDialogs dialogs;
    private final FilterableTreeItem<ExplorerNode> root = new FilterableTreeItem<>(
            new ExplorerNode(NodeKind.SERVICES, "root", "Servers", null, null, null, -1));
    private final ObservableList<ServerConnection> connections = FXCollections.observableArrayList();
    /** The one read-only view handed out: it follows the list through a weak listener, so it must live as long as the list. */
    private final ObservableList<ServerConnection> connectionsShown = FXCollections.unmodifiableObservableList(connections);
    private final ObservableList<ExplorerNode> selection = FXCollections.observableArrayList();
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Not connected — Connect… to choose servers");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectedReadOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper emptyTreeText = new ReadOnlyStringWrapper(NOTHING_CONNECTED);
    private final BooleanBinding connectionSelected;
    private final BooleanBinding messagesSelected;
    private final BooleanBinding statusSelected;
    private final BooleanBinding connectedSelected;
    private final BooleanBinding routerSelected;
    private final BooleanBinding hasConnections = Bindings.isNotEmpty(connections);
    private final DetailsModel details;
    private final MessageTableModel messages = new MessageTableModel();
    private final OverviewModel overview;
    private final DashboardModel dashboard;
    private final SearchModel search;
    private final TrashModel trash = new TrashModel();
    private final AuditModel audit = new AuditModel();
    private final BooleanBinding serviceSelected;
    private final BooleanBinding purgeable;
    private ServiceUser lastTarget;
    private final ReadOnlyObjectWrapper<SelectionView> view = new ReadOnlyObjectWrapper<>(SelectionView.DETAILS);
    /** What is selected in the tree; the message table's selection, when it has one, stands in for it. */
    private List<ExplorerNode> treeSelection = List.of();
    private ExplorerNode treeFocus;
    /** The rows selected in the message table or the search's hits; empty: none. */
    private List<ExplorerNode> tableSelection = List.of();
    private final RouterCommands routers;
    private final ActivationCommands activations;
    private final ProfileCommands profiles;
    private final ExportImportCommands exportImport;
    private final BooleanBinding exportable;
    private ConnectRequest lastRequest = ConnectRequest.defaults();
    private TestMessage lastTestMessage = TestMessage.defaults();

    public ExplorerModel(AdminOptions options, BackgroundWork background, ExplorerDialogs dialogs) {
        this.baseOptions = options;
        this.background = background;
        this.dialogs = dialogs;
        details = new DetailsModel(background);
        overview = new OverviewModel(background);
        dashboard = new DashboardModel(connections, background);
        search = new SearchModel(connections);
        connectionSelected = Bindings.createBooleanBinding(() -> selectedConnection().isPresent(), selection);
        // Ctrl+A selects folders too: Delete applies to the messages among the selection
        messagesSelected = Bindings.createBooleanBinding(() -> selection.stream()
                .anyMatch(n -> n.kind().isMessage() && mayChange(n.connection())), selection);
        statusSelected = Bindings.createBooleanBinding(() -> selection.size() == 1 && selection.get(0).hasStatus()
                && mayChange(selection.get(0).connection()), selection);
        connectedSelected = Bindings.createBooleanBinding(() -> selectedConnection().filter(this::mayChange).isPresent(), selection);
        serviceSelected = Bindings.createBooleanBinding(() -> selection.size() == 1 && selection.get(0).kind() == NodeKind.SERVICE
                && mayChange(selection.get(0).connection()), selection);
        purgeable = Bindings.createBooleanBinding(() -> purgeTarget().isPresent(), selection);
        routerSelected = Bindings.createBooleanBinding(() -> selection.size() == 1 && selection.get(0).kind() == NodeKind.ROUTER
                && mayChange(selection.get(0).connection()), selection);
        routers = new RouterCommands(dialogs, background, this::report, options.home().files());
        activations = new ActivationCommands(selection, dialogs, this::report);
        profiles = new ProfileCommands(dialogs, background, this::report, options.home().files());
        exportImport = new ExportImportCommands(dialogs, background, this::report, options.home().files());
        exportable = Bindings.createBooleanBinding(() -> exportQuery().isPresent(), selection);
        live.addListener((o, was, now) -> connections.forEach(c -> c.setLive(now)));
        filter.addListener((o, was, now) -> {
            String wanted = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            root.predicateProperty().set(wanted.isEmpty() ? null : node -> node.text().toLowerCase(Locale.ROOT).contains(wanted));
            emptyTreeText.set(connections.isEmpty() || wanted.isEmpty() ? NOTHING_CONNECTED
                    : "Nothing listed matches \"" + now.trim() + "\" — clear the filter to see everything"
                            + " (it matches what is listed: open a mailbox to list its messages)");
        });
        selection.addListener((javafx.collections.ListChangeListener<ExplorerNode>) change ->
                selectedReadOnly.set(selectedConnection().map(ServerConnection::isReadOnly).orElse(false)));
    }

    // ---- what the window shows -------------------------------------------------------------

    /** The hidden root of the tree: one child per connection. */
    public FilterableTreeItem<ExplorerNode> root() {
        return root;
    }

    public ObservableList<ServerConnection> connections() {
        return connectionsShown;
    }

    /** The selected nodes; the view keeps it equal to the tree's selection. */
    public ObservableList<ExplorerNode> selection() {
        return selection;
    }

    /** The details pane: the properties of the node the person selected last. */
    public DetailsModel details() {
        return details;
    }

    /** The messages of the selected mailbox, a page at a time. */
    public MessageTableModel messages() {
        return messages;
    }

    /** The mailboxes under the selected group node. */
    public OverviewModel overview() {
        return overview;
    }

    /** Every connected server at a glance. */
    public DashboardModel dashboard() {
        return dashboard;
    }

    /** Search in every connected server. */
    public SearchModel search() {
        return search;
    }

    /** The trash of the server whose Trash node is selected. */
    public TrashModel trash() {
        return trash;
    }

    /** The audit log of the server whose Audit Log node is selected. */
    public AuditModel audit() {
        return audit;
    }

    /** What the window shows above the details of the selected node. */
    public ReadOnlyObjectProperty<SelectionView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /**
     * The person selected {@code nodes} in the tree, {@code focused} last: the actions apply to
     * them, the details show the focused one, with its messages (a mailbox) or its overview (a
     * node holding mailboxes) above.
     */
    public void selectInTree(List<ExplorerNode> nodes, ExplorerNode focused) {
        boolean sameFocus = focused != null && treeFocus != null && focused.key().equals(treeFocus.key())
                && focused.connection() == treeFocus.connection();
        treeFocus = focused;
        treeSelection = List.copyOf(nodes);
        if (!sameFocus) {
            tableSelection = List.of();
        }
        if (!tableSelection.isEmpty()) {
            return; // news of the same node (a refresh): the rows selected in its table stay the actions' target
        }
        selection.setAll(treeSelection);
        details.show(focused);
        SelectionView shown = viewOf(focused);
        if (shown != SelectionView.MESSAGES) {
            messages.clear();
        }
        if (shown != SelectionView.OVERVIEW) {
            overview.clear();
        }
        if (shown != SelectionView.TRASH) {
            trash.clear();
        }
        if (shown != SelectionView.AUDIT_LOG) {
            audit.clear();
        }
        switch (shown) {
            case MESSAGES -> messages.show(focused.connection(), focused.mailbox());
            case OVERVIEW -> overview.show(focused);
            case TRASH -> trash.show(focused.connection());
            case AUDIT_LOG -> audit.show(focused.connection());
            default -> { }
        }
        view.set(shown);
    }

    private static SelectionView viewOf(ExplorerNode node) {
        if (node == null || node.connection() == null) {
            return SelectionView.DETAILS;
        }
        if (node.mailbox() != null && !node.kind().isMessage()) {
            return SelectionView.MESSAGES;
        }
        if (node.kind() == NodeKind.TRASH) {
            return SelectionView.TRASH;
        }
        if (node.kind() == NodeKind.AUDIT_LOG) {
            return SelectionView.AUDIT_LOG;
        }
        return OverviewModel.applies(node) ? SelectionView.OVERVIEW : SelectionView.DETAILS;
    }

    /**
     * The person selected rows of the message table: the actions apply to those messages and
     * the details show the last one; no row selected gives the tree's selection back.
     */
    public void selectInTable(List<ExplorerNode> rows) {
        tableSelection = List.copyOf(rows);
        List<ExplorerNode> now = rows.isEmpty() ? treeSelection : rows;
        selection.setAll(now);
        ExplorerNode last = now.isEmpty() ? null : now.get(now.size() - 1);
        if (!details.isShowing(last)) {
            details.show(last);
        }
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    /** Shows only the nodes whose text contains it (and the path to them); blank shows all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The status bar: connections, services, messages, last update. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last thing that happened, for the status bar (errors included, one line). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a request to a server runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    // ---- when commands apply ----------------------------------------------------------------

    public BooleanBinding canDisconnect() {
        return connectionSelected;
    }

    public BooleanBinding canRefresh() {
        return connectionSelected;
    }

    public BooleanBinding canDelete() {
        return messagesSelected;
    }

    public BooleanBinding canToggleStatus() {
        return statusSelected;
    }

    /** Whether the selected server is read-only (the Read-only action's check mark). */
    public ReadOnlyBooleanProperty selectedReadOnlyProperty() {
        return selectedReadOnly.getReadOnlyProperty();
    }

    /** What the empty tree says: that nothing is connected, or that nothing matches the filter. */
    public ReadOnlyStringProperty emptyTreeTextProperty() {
        return emptyTreeText.getReadOnlyProperty();
    }

    public BooleanBinding canSendTestMessage() {
        return connectedSelected;
    }

    /** Create … Router, Open and Save Routers File: on the server of the selected node. */
    public BooleanBinding canChangeRouters() {
        return connectedSelected;
    }

    /** Start Program and Stop Program, on the selected activated program. */
    public ActivationCommands activations() {
        return activations;
    }

    public BooleanBinding canDeleteRouter() {
        return routerSelected;
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Connect…: asks which servers, then connects to every one found. */
    public void connect() {
        dialogs.askConnect(lastRequest).ifPresent(this::connect);
    }

    /** Connects to every running server matching {@code request}; each failure stays on its own node. */
    public void connect(ConnectRequest request) {
        lastRequest = request;
        AdminOptions options = (request.secret() == null || request.secret().isBlank() ? baseOptions
                : baseOptions.withSecret(request.secret().trim())).withReadOnly(request.readOnly());
        DiscoveryCriteria criteria = request.criteria();
        report("Looking for servers matching " + describe(criteria) + "…");
        background.follow(() -> AdminClient.discover(criteria, options), found -> {
            if (found.isEmpty()) {
                report("No running server matches " + describe(criteria)
                        + " — start one, or check the fields (Host * uses the Servers List entries for ADMIN)");
                return;
            }
            long reachable = found.stream().filter(DiscoveredServer::isReachable).count();
            report("Connecting to " + reachable + " server" + (reachable == 1 ? "" : "s")
                    + (reachable < found.size() ? " (" + (found.size() - reachable) + " unreachable)" : "") + "…");
            for (DiscoveredServer server : found) {
                add(server, options);
            }
            refreshActions();
        }, error -> report("Looking for servers failed: " + error.getMessage()));
    }

    private ServerConnection add(DiscoveredServer server, AdminOptions options) {
        Optional<ServerConnection> known = connections.stream().filter(c -> c.address().equals(server.address())).findFirst();
        if (known.isPresent()) {
            known.get().requestedAgain(options);
            return known.get();
        }
        ServerConnection connection = server.isReachable()
                ? new ServerConnection(server.address(), server.label(), options, background, this::report)
                : ServerConnection.failed(server.address(), server.label(), server.error(), options, background, this::report);
        connection.lastUpdateProperty().addListener((o, was, now) -> updateSummary());
        connection.stateProperty().addListener((o, was, now) -> {
            updateSummary();
            refreshActions();
        });
        connections.add(connection);
        root.getSourceChildren().add(connection.item());
        connection.setLive(live.get());
        if (server.isReachable()) {
            connection.connect();
        }
        updateSummary();
        return connection;
    }

    /** What the actions may do depends on the state of the selected connection, and on whether it is read-only. */
    private void refreshActions() {
        List<ExplorerNode> selected = new ArrayList<>(selection);
        selection.setAll(selected);
    }

    private boolean mayChange(ServerConnection connection) {
        return connection != null && connection.stateProperty().get() == ConnectionState.CONNECTED && !connection.isReadOnly();
    }

    /** Read-only on or off for the selected servers: while on, no action changes them. */
    public void toggleReadOnly() {
        List<ServerConnection> chosen = selectedConnections();
        if (chosen.isEmpty()) {
            return;
        }
        boolean now = !chosen.get(0).isReadOnly();
        chosen.forEach(c -> c.readOnlyProperty().set(now));
        refreshActions();
        report(chosen.stream().map(ServerConnection::toString).collect(Collectors.joining(", "))
                + (now ? " is read-only now: no action changes it" : " may be changed again"));
    }

    /** Disconnect: forgets the selected servers' connections and removes them from the tree. */
    public void disconnect() {
        for (ServerConnection connection : selectedConnections()) {
            connection.disconnect();
            connections.remove(connection);
            root.getSourceChildren().remove(connection.item());
            report("Disconnected from " + connection);
        }
        selection.clear();
        updateSummary();
    }

    /** Open Connection Profile…: connects to every server of a profile file. */
    public void openProfile() {
        profiles.open(this::connect);
    }

    /** Connects to every server of the profile {@code file} (the command line's --profile). */
    public void openProfile(Path file) {
        profiles.open(file, this::connect);
    }

    /** Save Connection Profile…: the servers of the tree, with their read-only flags, to a profile file. */
    public void saveProfile() {
        profiles.save(connections);
    }

    public BooleanBinding canSaveProfile() {
        return hasConnections;
    }

    /** Refresh selected connection (connects again when it was lost). */
    public void refresh() {
        selectedConnections().forEach(ServerConnection::refresh);
    }

    /** Delete selected Message/Message Seed, after confirmation; several at once, per mailbox. */
    public void deleteSelected() {
        List<ExplorerNode> messages = selection.stream().filter(n -> n.kind().isMessage() && mayChange(n.connection())).toList();
        if (messages.isEmpty()) {
            return;
        }
        String what = messages.size() == 1
                ? "message #" + messages.get(0).message().id() + " (" + messages.get(0).connection().describe(messages.get(0).mailbox()) + ")"
                : messages.size() + " messages";
        if (!dialogs.confirmDelete(what)) {
            return;
        }
        Map<ServerConnection, Map<MailboxRef, List<Long>>> byMailbox = new LinkedHashMap<>();
        for (ExplorerNode node : messages) {
            byMailbox.computeIfAbsent(node.connection(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(node.mailbox(), m -> new ArrayList<>()).add(node.message().id());
        }
        byMailbox.forEach((connection, mailboxes) -> mailboxes.forEach((mailbox, ids) -> connection.delete(mailbox, ids, result ->
                report("Deleted " + result.deleted() + " from " + connection.describe(mailbox)
                        + (result.notFound().isEmpty() ? "" : "; already gone: " + result.notFound())))));
    }

    /** Purge applies to one selected service, or to one selected seed: then to what it waits for. */
    public BooleanBinding canPurge() {
        return purgeable;
    }

    /** Resubmit, Move to and Copy to apply to selected messages. */
    public BooleanBinding canTransfer() {
        return messagesSelected;
    }

    private Optional<PurgeTarget> purgeTarget() {
        if (selection.size() != 1 || !mayChange(selection.get(0).connection())) {
            return Optional.empty();
        }
        ExplorerNode node = selection.get(0);
        if (node.kind() == NodeKind.SERVICE) {
            return Optional.of(new PurgeTarget(node.connection(), node.service().who()));
        }
        boolean seed = node.kind() == NodeKind.MESSAGE_SEED || node.kind() == NodeKind.PERSISTENT_SEED;
        return seed ? Optional.of(new PurgeTarget(node.connection(), node.message().to())) : Optional.empty();
    }

    private record PurgeTarget(ServerConnection connection, ServiceUser who) {}

    /**
     * Purge: every message waiting for the selected service's SERVICE/USER (or the selected
     * seed's destination) on its server — its instances' mailboxes and its seeds in the server
     * mailbox — in one operation, after a confirmation that says how many, counted by the server;
     * they go to the server's trash.
     */
    public void purge() {
        purgeTarget().ifPresent(target -> target.connection().purgeCount(target.who(), count -> confirmPurge(target, count)));
    }

    private void confirmPurge(PurgeTarget target, PurgeCount count) {
        ServerConnection connection = target.connection();
        ServiceUser who = target.who();
        if (count.total() == 0) {
            report("Nothing waits for " + who + " on " + connection.name() + ": nothing to purge");
            return;
        }
        if (!dialogs.confirm("Purge", PurgeQuestion.of(count, connection.name()), "Purge")) {
            report("Nothing purged");
            return;
        }
        report("Purging " + who + " on " + connection.name() + "…");
        connection.purge(who, result -> report("Purged " + NUMBER.format(result.purged()) + " message" + (result.purged() == 1 ? "" : "s")
                + " for " + who + " on " + connection.name() + " (" + NUMBER.format(result.trashed()) + " in the trash)"));
    }

    /** Resubmit: the selected messages posted again to where they were going (a dead letter to its original destination). */
    public void resubmit() {
        byConnection().forEach((connection, ids) -> connection.resubmit(ids, result ->
                report(transferred("Resubmitted", result, connection, null))));
    }

    /** Move to… ({@code keep} false) or Copy to… ({@code keep} true): the selected messages to a service/user the person names. */
    public void transfer(boolean keep) {
        Map<ServerConnection, List<Long>> chosen = byConnection();
        if (chosen.isEmpty()) {
            return;
        }
        long count = chosen.values().stream().mapToLong(List::size).sum();
        String question = (keep ? "Copy " : "Move ") + count + " message" + (count == 1 ? "" : "s") + " to the service/user below"
                + (keep ? " (the originals stay)" : " (the originals are deleted)");
        dialogs.askTarget(keep, question, lastTarget).ifPresent(to -> {
            lastTarget = to;
            chosen.forEach((connection, ids) -> connection.transfer(ids, to, keep, result ->
                    report(transferred(keep ? "Copied" : "Moved", result, connection, to))));
        });
    }

    /** The ids of the selected messages the Explorer may change, by server. */
    private Map<ServerConnection, List<Long>> byConnection() {
        Map<ServerConnection, List<Long>> ids = new LinkedHashMap<>();
        selection.stream().filter(n -> n.kind().isMessage() && mayChange(n.connection())).forEach(n ->
                ids.computeIfAbsent(n.connection(), c -> new ArrayList<>()).add(n.message().id()));
        return ids;
    }

    private static String transferred(String verb, TransferResult result, ServerConnection connection, ServiceUser to) {
        return verb + " " + result.done() + " message" + (result.done() == 1 ? "" : "s") + " on " + connection.name()
                + (to == null ? "" : " to " + to) + (result.newIds().isEmpty() ? "" : " (now #"
                + result.newIds().stream().map(String::valueOf).collect(Collectors.joining(", #")) + ")")
                + (result.notFound().isEmpty() ? "" : "; not found: " + result.notFound());
    }

    /** Export applies to messages selected on one server, or to one selected mailbox. */
    public BooleanBinding canExport() {
        return exportable;
    }

    /** Export…: the selected messages, or the selected mailbox whole, to a JSON Lines file, streamed with the count so far. */
    public void export() {
        exportQuery().ifPresent(query -> {
            ServerConnection connection = selection.get(0).connection();
            String what = query.ids() != null ? query.ids().size() + " message" + (query.ids().size() == 1 ? "" : "s")
                    : connection.describe(query.mailbox());
            exportImport.export(connection, query, what);
        });
    }

    private Optional<ExportQuery> exportQuery() {
        if (selection.isEmpty() || selection.get(0).connection() == null
                || selection.get(0).connection().stateProperty().get() != ConnectionState.CONNECTED) {
            return Optional.empty();
        }
        ServerConnection connection = selection.get(0).connection();
        if (selection.stream().allMatch(n -> n.kind().isMessage() && n.connection() == connection)) {
            return Optional.of(ExportQuery.ofIds(selection.stream().map(n -> n.message().id()).toList()));
        }
        ExplorerNode node = selection.get(0);
        return selection.size() == 1 && node.mailbox() != null && !node.kind().isMessage()
                ? Optional.of(ExportQuery.of(node.mailbox())) : Optional.empty();
    }

    /** Import…: posts the messages of a file again on the selected server. */
    public void importMessages() {
        if (connectedSelected.get()) {
            exportImport.importInto(selectedConnection().orElseThrow());
        }
    }

    /** Restore: the messages selected in the trash go back to where they were deleted from. */
    public void restore() {
        trash.restoreSelected(this::report);
    }

    /** Enable/Disable status of the selected Server, Service or Reflex. */
    public void toggleStatus() {
        if (!statusSelected.get()) {
            return;
        }
        ExplorerNode node = selection.get(0);
        ServerConnection connection = node.connection();
        StatusChange change = StatusChange.of(node);
        if (change == null) {
            return;
        }
        if (change.disabling() && !dialogs.confirm(change.title(), change.question(), "Disable")) {
            report("Nothing disabled");
            return;
        }
        Consumer<Object> done = changed -> report(change.done());
        if (node.kind() == NodeKind.SERVER) {
            connection.setServerStatus(change.to(), done);
        } else if (node.service() != null) {
            connection.setServiceStatus(node.service().instanceId(), change.to(), done);
        } else {
            connection.setReflexStatus(node.reflex().index(), change.to(), done);
        }
    }

    /** Send test message…: posts as the administration service on the selected server. */
    public void sendTestMessage() {
        Optional<ServerConnection> target = selectedConnection();
        if (target.isEmpty()) {
            return;
        }
        dialogs.askTestMessage(target.get().toString(), lastTestMessage).ifPresent(test -> {
            lastTestMessage = test;
            target.get().post(test.toPost(), result -> report("Test message #" + result.messageId() + " reached "
                    + result.recipients() + " mailbox" + (result.recipients() == 1 ? "" : "es")
                    + (result.waiting() ? "; it waits as a persistent seed" : "")));
        });
    }

    /** Create Server/Service/Event Router… on the selected server. */
    public void createRouter(RouterKind kind) {
        if (connectedSelected.get()) {
            routers.create(kind, selectedConnection().orElseThrow());
        }
    }

    /** Delete Router: the selected router, after confirmation. */
    public void deleteRouter() {
        if (routerSelected.get()) {
            ExplorerNode router = selection.get(0);
            routers.delete(router.connection(), router.router());
        }
    }

    /** Open Routers File…: creates the routers of a routes file on the selected server. */
    public void openRoutersFile() {
        if (connectedSelected.get()) {
            routers.openFile(selectedConnection().orElseThrow());
        }
    }

    /** Save Routers File…: the selected server's routers to a routes file. */
    public void saveRoutersFile() {
        if (connectedSelected.get()) {
            routers.saveFile(selectedConnection().orElseThrow());
        }
    }

    /** The person opened a "Show more" node. */
    public void open(ExplorerNode node) {
        if (node.kind() == NodeKind.MORE) {
            node.connection().showMore(node);
        }
    }

    public void showAbout() {
        dialogs.showAbout();
    }

    /** Closing the window: every session goes. */
    public void close() {
        dashboard.stop();
        overview.clear();
        search.cancel();
        connections.forEach(ServerConnection::disconnect);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Optional<ServerConnection> selectedConnection() {
        return selection.isEmpty() ? Optional.empty() : Optional.ofNullable(selection.get(0).connection());
    }

    private List<ServerConnection> selectedConnections() {
        return selection.stream().map(ExplorerNode::connection).filter(c -> c != null).distinct().toList();
    }

    void report(String text) {
        message.set(text);
    }

    private void updateSummary() {
        int services = 0;
        long messages = 0;
        long last = 0;
        for (ServerConnection connection : connections) {
            ServerSnapshot snapshot = connection.snapshotProperty().get();
            if (snapshot != null && connection.stateProperty().get() == ConnectionState.CONNECTED) {
                services += snapshot.services().size();
                messages += snapshot.counters().mailboxMessages() + snapshot.counters().waitingSeeds();
            }
            last = Math.max(last, connection.lastUpdateProperty().get());
        }
        long connected = connections.stream().filter(c -> c.stateProperty().get() == ConnectionState.CONNECTED).count();
        summary.set(connected + " of " + connections.size() + " connection" + (connections.size() == 1 ? "" : "s")
                + "  ·  " + services + " service" + (services == 1 ? "" : "s")
                + "  ·  " + messages + " message" + (messages == 1 ? "" : "s")
                + "  ·  last update " + (last == 0 ? "—" : new SimpleDateFormat("HH:mm:ss").format(new Date(last))));
    }

    static String describe(DiscoveryCriteria criteria) {
        return "Server " + criteria.serverName() + ", Role " + (criteria.role() == 0 ? "any" : criteria.role())
                + ", Host " + criteria.host() + ", Protocol " + criteria.protocol().fileName() + ", End Point " + criteria.endpoint();
    }
}
