package org.openmom.app.explorer.tree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TreeItem;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.AuditTail;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.ImportResult;
import org.openmom.admin.PurgeCount;
import org.openmom.admin.PurgeResult;
import org.openmom.admin.RestoreResult;
import org.openmom.admin.Running;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.SearchSummary;
import org.openmom.admin.TransferResult;
import org.openmom.admin.TrashList;
import org.openmom.admin.DeleteResult;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageDetail;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.Status;
import org.openmom.admin.Watch;
import org.openmom.admin.WatchRequest;
import org.openmom.admin.client.AdminClient;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.common.tree.FilterableTreeItem;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Explorer's connection to one server and that server's part of the tree. Lives on the FX
 * thread: requests run through {@link BackgroundWork} and their answers come back there, so
 * no field is shared with the session's I/O thread.
 */
public final class ServerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    /** Live mode gathers the events of this long into one refresh, so heavy traffic costs one read. */
    private static final Duration LIVE_DELAY = Duration.ofMillis(300);

    private final ServerAddress address;
    private final String label;
    private AdminOptions options;
    private final BackgroundWork background;
    private final Consumer<String> report;
    private final FilterableTreeItem<ExplorerNode> item;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<ServerSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper lastUpdate = new ReadOnlyLongWrapper(0);
    /** Whether every changing action is refused for this server: the person only looks. */
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    /** Mailboxes whose messages are listed, and how many of them are. */
    private final Map<MailboxRef, Integer> listed = new HashMap<>();
    private final Map<MailboxRef, FilterableTreeItem<ExplorerNode>> mailboxItems = new HashMap<>();
    /** Mailbox items whose opening is followed (each once). */
    private final Set<FilterableTreeItem<ExplorerNode>> followed = Collections.newSetFromMap(new WeakHashMap<>());
    /** Mailboxes whose next page is being read. */
    private final Set<MailboxRef> readingMore = new HashSet<>();
    private AdminSession session;
    private Watch watch;
    private boolean live;
    /** The refresh live mode has scheduled, or null. */
    private BackgroundWork.Cancellable liveRefresh;
    private String problem;

    /**
     * @param address where the server is
     * @param label   what to call it until it answers ({@code NAME/ROLE at ADDRESS})
     * @param report  takes one-line messages for the status bar, on the FX thread
     */
    public ServerConnection(ServerAddress address, String label, AdminOptions options, BackgroundWork background, Consumer<String> report) {
        this.address = address;
        this.label = label;
        this.options = options;
        this.background = background;
        this.report = report;
        this.item = new FilterableTreeItem<>(serverNode());
        item.setExpanded(true);
        readOnly.set(options.readOnly());
        // the server refuses every change of a read-only session, for good: turning it on or off opens a new one
        readOnly.addListener((o, was, now) -> {
            this.options = this.options.withReadOnly(now);
            item.setValue(serverNode());
            if (session != null || state.get() == ConnectionState.CONNECTING) {
                connect();
            }
        });
    }

    /** A server that discovery reported but could not reach: shown with its error, Refresh retries. */
    public static ServerConnection failed(ServerAddress address, String label, String error, AdminOptions options,
            BackgroundWork background, Consumer<String> report) {
        ServerConnection connection = new ServerConnection(address, label, options, background, report);
        connection.setState(ConnectionState.FAILED, error);
        return connection;
    }

    public ServerAddress address() {
        return address;
    }

    public FilterableTreeItem<ExplorerNode> item() {
        return item;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last snapshot read, or null before the first. */
    public ReadOnlyObjectProperty<ServerSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** When the tree last showed fresh news of this server, epoch milliseconds (0: never). */
    public ReadOnlyLongProperty lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    /** The server's NAME/ROLE once it answered, else what it is called until then. */
    public String name() {
        ServerSnapshot known = snapshot.get();
        return known == null ? label : known.server().label();
    }

    /** Why the connection failed or was lost, or null. */
    public String problem() {
        return problem;
    }

    /**
     * Read-only: the Explorer offers no changing action on this server, and its session declares
     * itself read-only, so the server refuses every change too.
     */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    public boolean isLive() {
        return live;
    }

    /** How a person names {@code mailbox}: "Mailbox of Billing/bob #3", or the server mailbox section. */
    public String describe(MailboxRef mailbox) {
        ServerSnapshot known = snapshot.get();
        if (mailbox.kind() != MailboxKind.SERVICE || known == null) {
            return mailbox.kind() == MailboxKind.SERVICE ? mailbox.toString() : "Server Mailbox: " + mailbox.kind().displayName();
        }
        return Stream.concat(known.services().stream(), known.administrationServices().stream())
                .filter(s -> s.instanceId() == mailbox.instanceId()).findFirst()
                .map(s -> "Mailbox of " + s.who() + " #" + s.instanceId())
                .or(() -> known.routers().stream().filter(r -> r.queueId() == mailbox.instanceId()).findFirst()
                        .map(r -> "Waiting in router " + r.name()))
                .orElse(mailbox.toString());
    }

    /** Connects (again) and reads the server. */
    public void connect() {
        closeSession();
        setState(ConnectionState.CONNECTING, null);
        background.follow(() -> AdminClient.connect(address, options), this::connected, error -> {
            setState(ConnectionState.FAILED, message(error));
            report.accept(label + ": " + message(error));
        });
    }

    private void connected(AdminSession opened) {
        if (state.get() != ConnectionState.CONNECTING) {
            opened.close(); // disconnected while connecting
            return;
        }
        session = opened;
        opened.addConnectionLostListener(reason -> background.onFxThread(() -> lost(opened, reason)));
        setState(ConnectionState.CONNECTED, null);
        if (live) {
            startWatch();
        }
        refresh();
    }

    /**
     * The person asked for this server again through the Connect dialog: its fields (a new admin
     * secret, say) apply from the next connection on; a failed or lost connection is retried.
     */
    public void requestedAgain(AdminOptions newOptions) {
        options = newOptions.withReadOnly(options.readOnly());
        readOnly.set(newOptions.readOnly()); // connects again when it changes
        refresh();
    }

    /** Reads the server again and updates its tree; reconnects a lost or failed connection. */
    public void refresh() {
        if (session == null || state.get().isProblem()) {
            connect();
            return;
        }
        AdminSession current = session;
        background.follow(() -> picture(current), picture -> {
            if (current == session) {
                show(picture);
            }
        }, error -> failed(current, error));
    }

    private static CompletableFuture<ServerPicture> picture(AdminSession session) {
        Map<MailboxKind, CompletableFuture<MailboxPage>> sections = new EnumMap<>(MailboxKind.class);
        for (MailboxKind kind : MailboxKind.values()) {
            if (kind.isServerMailbox()) {
                sections.put(kind, session.mailbox(MailboxQuery.first(MailboxRef.server(kind), 0)));
            }
        }
        return session.snapshot().thenCompose(snapshot -> CompletableFuture.allOf(sections.values().toArray(CompletableFuture[]::new))
                .thenApply(done -> new ServerPicture(snapshot, sections.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().join().total())))));
    }

    private void show(ServerPicture picture) {
        if (snapshot.get() == null) {
            report.accept("Connected to " + picture.snapshot().server().label() + " at " + address);
        }
        snapshot.set(picture.snapshot());
        mailboxItems.clear();
        ServerTree.update(item, this, picture, this::mailboxShown);
        listed.keySet().retainAll(mailboxItems.keySet());
        item.setValue(serverNode());
        lastUpdate.set(System.currentTimeMillis());
    }

    /** Each mailbox item after a refresh: re-read the listed ones, keep a placeholder in the others. */
    private void mailboxShown(FilterableTreeItem<ExplorerNode> mailboxItem) {
        MailboxRef ref = mailboxItem.getValue().mailbox();
        if (followed.add(mailboxItem)) { // a new item: list its messages when it is opened
            mailboxItem.expandedProperty().addListener((o, was, expanded) -> {
                if (expanded && !listed.containsKey(mailboxItem.getValue().mailbox())) {
                    list(mailboxItem, ServerTree.PAGE_SIZE);
                }
            });
        }
        mailboxItems.put(ref, mailboxItem);
        if (listed.containsKey(ref)) {
            list(mailboxItem, listed.get(ref));
        } else if (mailboxItem.isExpanded()) {
            list(mailboxItem, ServerTree.PAGE_SIZE);
        } else {
            ServerTree.showNotRead(mailboxItem);
        }
    }

    /** Lists the first {@code count} messages of a mailbox (the server caps a page at 1000). */
    private void list(FilterableTreeItem<ExplorerNode> mailboxItem, int count) {
        MailboxRef ref = mailboxItem.getValue().mailbox();
        int limit = Math.min(Math.max(count, ServerTree.PAGE_SIZE), MailboxQuery.MAX_LIMIT);
        listed.put(ref, limit);
        AdminSession current = session;
        if (current == null) {
            return;
        }
        background.follow(() -> current.mailbox(MailboxQuery.first(ref, limit)), page -> {
            if (current == session && mailboxItems.get(ref) == mailboxItem) {
                ServerTree.showMessages(mailboxItem, this, page.messages(), page.total());
            }
        }, error -> failed(current, error));
    }

    /** The person asked for the next page of a long mailbox ("Show more" node). */
    public void showMore(ExplorerNode more) {
        FilterableTreeItem<ExplorerNode> mailboxItem = mailboxItems.get(more.mailbox());
        AdminSession current = session;
        if (mailboxItem == null || current == null || !readingMore.add(more.mailbox())) {
            return; // a page is already on its way
        }
        List<TreeItem<ExplorerNode>> shown = mailboxItem.getSourceChildren();
        int already = (int) shown.stream().filter(i -> i.getValue().kind().isMessage()).count();
        background.follow(() -> current.mailbox(MailboxQuery.first(more.mailbox(), ServerTree.PAGE_SIZE).page(already, ServerTree.PAGE_SIZE)),
                page -> {
                    readingMore.remove(more.mailbox());
                    if (current != session) {
                        return;
                    }
                    List<MessageSummary> messages = new ArrayList<>();
                    for (TreeItem<ExplorerNode> child : mailboxItem.getSourceChildren()) {
                        if (child.getValue().kind().isMessage()) {
                            messages.add(child.getValue().message());
                        }
                    }
                    messages.addAll(page.messages());
                    listed.put(more.mailbox(), messages.size());
                    ServerTree.showMessages(mailboxItem, this, messages, page.total());
                }, error -> {
                    readingMore.remove(more.mailbox());
                    failed(current, error);
                });
    }

    /** Reads one page of a mailbox for the message table; nothing changes on the server. */
    public void page(MailboxQuery query, Consumer<MailboxPage> done, Consumer<String> failed) {
        read(session -> session.mailbox(query), done, failed);
    }

    /** Takes a snapshot for the dashboard and the overview without touching the tree. */
    public void sample(Consumer<ServerSnapshot> done, Consumer<String> failed) {
        read(AdminSession::snapshot, done, failed);
    }

    /** Follows the server's change events (or stops): the tree refreshes itself as traffic flows. */
    public void setLive(boolean value) {
        live = value;
        if (value && session != null && state.get() == ConnectionState.CONNECTED) {
            startWatch();
        } else if (!value) {
            stopWatch();
        }
        item.setValue(serverNode());
    }

    private void startWatch() {
        if (watch != null) {
            return;
        }
        AdminSession current = session;
        // Set on the I/O thread, cleared on the FX thread: many events make one hop, not one each.
        AtomicBoolean pending = new AtomicBoolean();
        background.follow(() -> current.watch(WatchRequest.everything(), event -> {
            if (pending.compareAndSet(false, true)) {
                background.onFxThread(() -> {
                    pending.set(false);
                    // not postponed by later events: steady traffic must still refresh every LIVE_DELAY
                    if (current == session && live && liveRefresh == null) {
                        liveRefresh = background.after(LIVE_DELAY, () -> {
                            liveRefresh = null;
                            refresh();
                        });
                    }
                });
            }
        }), started -> {
            if (current == session && live && watch == null) {
                watch = started;
                refresh(); // events from now on are followed: read a consistent start
            } else {
                started.close();
            }
        }, error -> failed(current, error));
    }

    private void stopWatch() {
        if (liveRefresh != null) {
            liveRefresh.cancel();
            liveRefresh = null;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    // ---- commands -----------------------------------------------------------------------------

    public void delete(MailboxRef mailbox, List<Long> ids, Consumer<DeleteResult> done) {
        request(session -> session.delete(mailbox, ids), result -> {
            done.accept(result);
            refresh();
        });
    }

    public void setServerStatus(Status status, Consumer<Object> done) {
        request(session -> session.setServerStatus(status), info -> {
            done.accept(info);
            refresh();
        });
    }

    public void setServiceStatus(long instanceId, Status status, Consumer<Object> done) {
        request(session -> session.setServiceStatus(instanceId, status), info -> {
            done.accept(info);
            refresh();
        });
    }

    public void setReflexStatus(int index, Status status, Consumer<Object> done) {
        request(session -> session.setReflexStatus(index, status), info -> {
            done.accept(info);
            refresh();
        });
    }

    /** Starts ({@code ENABLED}) or stops the activated program of {@code service}. */
    public void setActivationStatus(String service, Status status, Consumer<ActivationInfo> done, Consumer<String> refused) {
        request(session -> session.setActivationStatus(service, status), changed -> {
            done.accept(changed);
            refresh();
        }, refused);
    }

    public void post(Post post, Consumer<PostResult> done) {
        request(session -> session.post(post), result -> {
            done.accept(result);
            refresh();
        });
    }

    /** What a purge of {@code target} would remove now: the count its confirmation states. */
    public void purgeCount(ServiceUser target, Consumer<PurgeCount> done) {
        read(session -> session.purgeCount(target), done, report);
    }

    /** Purge: every message waiting for {@code target} on this server, in one operation (into the server's trash). */
    public void purge(ServiceUser target, Consumer<PurgeResult> done) {
        request(session -> session.purge(target), result -> {
            done.accept(result);
            refresh();
        });
    }

    /** Resubmit: posts messages again to where they were going (a dead letter to its original destination). */
    public void resubmit(List<Long> ids, Consumer<TransferResult> done) {
        request(session -> session.resubmit(ids), result -> {
            done.accept(result);
            refresh();
        });
    }

    /** Move ({@code keep} false) or Copy ({@code keep} true) messages to another service/user. */
    public void transfer(List<Long> ids, ServiceUser to, boolean keep, Consumer<TransferResult> done) {
        request(session -> keep ? session.copy(ids, to) : session.move(ids, to), result -> {
            done.accept(result);
            refresh();
        });
    }

    /** The newest messages of the server's trash. */
    public void trash(int maxEntries, Consumer<TrashList> done, Consumer<String> failed) {
        read(session -> session.trash(maxEntries), done, failed);
    }

    /** Restore: trashed messages posted again to where they were deleted from. */
    public void restore(List<Long> ids, Consumer<RestoreResult> done) {
        request(session -> session.restore(ids), result -> {
            done.accept(result);
            refresh();
        });
    }

    /** The last entries of the server's audit log. */
    public void audit(int maxEntries, Consumer<AuditTail> done, Consumer<String> failed) {
        read(session -> session.audit(maxEntries), done, failed);
    }

    /**
     * Streams messages whole to {@code parts} (on the session's I/O thread, in order), for Export.
     *
     * @return what follows or cancels it, or null when the server is not connected ({@code failed} is told)
     */
    public Running<Long> export(ExportQuery query, Consumer<List<ExportedMessage>> parts, Consumer<String> failed) {
        AdminSession current = session;
        if (current == null || state.get() != ConnectionState.CONNECTED) {
            failed.accept(label + " is not connected — Refresh it to connect again");
            return null;
        }
        return current.export(query, parts);
    }

    /**
     * Posts exported messages again, for Import: called from a background thread, which waits
     * for each batch. Fails when the server is not connected or this connection is read-only.
     */
    public CompletableFuture<ImportResult> importMessages(List<ExportedMessage> messages) {
        AdminSession current = session;
        if (readOnly.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException(label + " is read-only in this Explorer"
                    + " — turn Read-only off (Server menu) to change it"));
        }
        if (current == null || !current.isConnected()) {
            return CompletableFuture.failedFuture(new IllegalStateException(label + " is not connected — Refresh it to connect again"));
        }
        return current.importMessages(messages);
    }

    /**
     * Runs a search on the server: each part of its hits reaches {@code hits}, then its summary
     * {@code done}, all on the FX thread.
     *
     * @return what cancels it, or null when the server is not connected ({@code failed} is told)
     */
    public Running<SearchSummary> search(SearchQuery query, Consumer<List<SearchHit>> hits, Consumer<SearchSummary> done,
            Consumer<String> failed) {
        AdminSession current = session;
        if (current == null || state.get() != ConnectionState.CONNECTED) {
            failed.accept(label + " is not connected — Refresh it to connect again");
            return null;
        }
        Running<SearchSummary> running = current.search(query, part -> background.onFxThread(() -> hits.accept(part)));
        background.follow(running::finished, done, error -> failed.accept(message(error)));
        return running;
    }

    /**
     * Creates the routers of {@code routesText} (lines of a routes file, all or none); a refusal
     * reaches {@code refused} whole, as the server worded it.
     */
    public void addRouters(String routesText, Consumer<List<RouterInfo>> done, Consumer<String> refused) {
        request(session -> session.addRouters(routesText), created -> {
            done.accept(created);
            refresh();
        }, refused);
    }

    /** Removes router {@code name}; what waits in it the server routes again. */
    public void removeRouter(String name, Consumer<RouterInfo> done, Consumer<String> refused) {
        request(session -> session.removeRouter(name), removed -> {
            done.accept(removed);
            refresh();
        }, refused);
    }

    /** Reads the server's routers as they are now. */
    public void routers(Consumer<List<RouterInfo>> done, Consumer<String> failed) {
        read(AdminSession::routers, done, failed);
    }

    public void message(long id, Consumer<MessageDetail> done, Consumer<String> failed) {
        AdminSession current = session;
        if (current == null) {
            failed.accept(label + " is not connected");
            return;
        }
        background.follow(() -> current.message(id), done, error -> failed.accept(message(error)));
    }

    private <T> void request(Function<AdminSession, CompletableFuture<T>> call, Consumer<T> done) {
        request(call, done, report);
    }

    /**
     * Runs a changing request on the server; its failure, that the server is not connected, or
     * that the connection is read-only, goes to {@code failed}.
     */
    private <T> void request(Function<AdminSession, CompletableFuture<T>> call, Consumer<T> done, Consumer<String> failed) {
        if (readOnly.get()) {
            // the actions are disabled already: this guards a change asked for in another way
            failed.accept(label + " is read-only in this Explorer — turn Read-only off (Server menu) to change it");
            return;
        }
        read(call, done, failed);
    }

    /** Runs a request on the server that changes nothing there. */
    private <T> void read(Function<AdminSession, CompletableFuture<T>> call, Consumer<T> done, Consumer<String> failed) {
        AdminSession current = session;
        if (current == null || state.get() != ConnectionState.CONNECTED) {
            failed.accept(label + " is not connected — Refresh it to connect again");
            return;
        }
        background.follow(() -> call.apply(current), done, error -> {
            failed.accept(message(error));
            if (!current.isConnected()) {
                failed(current, error);
            }
        });
    }

    /** Disconnects for good (the person's Disconnect, or closing the window). */
    public void disconnect() {
        closeSession();
        setState(ConnectionState.DISCONNECTED, null);
    }

    private void closeSession() {
        stopWatch();
        if (session != null) {
            AdminSession closing = session;
            session = null;
            // close() only sends BYE and does not wait for the server (AdminSession's contract), so
            // it is called here: a background task could be dropped when the window closes.
            try {
                closing.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the session of {} failed", label, e);
            }
        }
    }

    private void lost(AdminSession which, String reason) {
        if (which == session) {
            stopWatch();
            setState(ConnectionState.LOST, reason);
            report.accept(reason);
        }
    }

    private void failed(AdminSession which, Throwable error) {
        if (which != session) {
            return;
        }
        if (!which.isConnected()) {
            lost(which, message(error));
        } else {
            report.accept(message(error));
        }
    }

    private void setState(ConnectionState value, String why) {
        problem = why;
        state.set(value);
        item.setValue(serverNode());
    }

    private ExplorerNode serverNode() {
        ServerSnapshot known = snapshot.get();
        String text;
        if (known != null) {
            text = known.server().label() + "  —  " + known.server().host() + "  "
                    + known.server().endpoints().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + "  —  " + ServerTree.statusText(known.server().status().isEnabled());
        } else {
            text = label;
        }
        ConnectionState now = state.get();
        if (now != ConnectionState.CONNECTED) {
            // the reason is in the details pane and the status bar: a long row would push the tree sideways
            text += "  —  " + now.text() + (problem == null ? "" : " (see details; Refresh retries)");
        } else if (live) {
            text += "  —  live";
        }
        if (readOnly.get()) {
            text += "  —  read-only";
        }
        return new ExplorerNode(NodeKind.SERVER, "server:" + address, text, this, known, null, -1);
    }

    static String message(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    @Override
    public String toString() {
        return label;
    }
}
