package org.openmom.admin;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;

/**
 * A connection to one server as an Administration Service. Every request is asynchronous: it
 * returns at once and its future completes on the session's I/O thread (GUIs hop to their own
 * thread). A future fails with {@link AdminException} (one line naming the server and the fix)
 * when the server refuses the request, does not answer within the request timeout, or the
 * connection is lost. Safe to use from any thread.
 *
 * <p>The session does not reconnect by itself: when the connection is lost every pending
 * future fails, {@link ConnectionLostListener}s are told once, and a new session is needed
 * ({@link org.openmom.admin.client.AdminClient#connect}).
 */
public interface AdminSession extends AutoCloseable {

    /** Where this session is connected. */
    ServerAddress address();

    /** The server as it introduced itself when the session connected (refresh with {@link #snapshot}). */
    ServerInfo server();

    /** Whether the connection is still up. */
    boolean isConnected();

    /** Tells {@code listener} once when the connection is lost (not when it is {@link #close closed}). */
    void addConnectionLostListener(ConnectionLostListener listener);

    // ---- reading -------------------------------------------------------------------------

    /** The server, its counters, services, administration services and reflexes, now. */
    CompletableFuture<ServerSnapshot> snapshot();

    /**
     * A page of a service's Mailbox or of a server mailbox section. The server reads only the
     * page, not the whole mailbox, so pages of a 100,000-message mailbox come fast.
     */
    CompletableFuture<MailboxPage> mailbox(MailboxQuery query);

    /**
     * One whole message or seed with every mailbox that holds it.
     *
     * @return completes with the message, or fails with {@link AdminException} when the server holds no message {@code messageId}
     */
    CompletableFuture<MessageDetail> message(long messageId);

    // ---- changing ------------------------------------------------------------------------

    /**
     * Deletes messages or seeds by id from one mailbox, or from everywhere when {@code mailbox}
     * is null (every service mailbox and the server mailbox). A deleted persistent message
     * leaves the journal too once no mailbox holds it, so it does not come back at restart.
     */
    CompletableFuture<DeleteResult> delete(MailboxRef mailbox, List<Long> messageIds);

    /** Enables or disables the server: a disabled server accepts no registration and posts nothing locally. */
    CompletableFuture<ServerInfo> setServerStatus(Status status);

    /** Enables or disables one service instance: a disabled service gets no new messages. */
    CompletableFuture<ServiceInfo> setServiceStatus(long instanceId, Status status);

    /**
     * Enables or disables every registered instance matching {@code pattern} ({@code *}
     * wildcards, as {@code openmom disable service S/U} does).
     *
     * @return how many instances changed status
     */
    CompletableFuture<Integer> setServicesStatus(ServiceUser pattern, Status status);

    /** Enables or disables the reflex at {@code index} ({@link ReflexInfo#index()}). */
    CompletableFuture<ReflexInfo> setReflexStatus(int index, Status status);

    /**
     * Starts ({@code ENABLED}: a process now, also for a FAILED or STOPPED program) or stops
     * ({@code DISABLED}: its processes, and no start on demand) the activated program of {@code service}.
     */
    CompletableFuture<ActivationInfo> setActivationStatus(String service, Status status);

    /**
     * Posts a message as this administration service (the Explorer's "Send test message…").
     * The result says how many mailboxes it reached and whether it waits as a persistent seed.
     */
    CompletableFuture<PostResult> post(Post post);

    /**
     * Removes every message waiting for {@code target} in one server-side operation: the
     * mailboxes of its instances and its seeds in the server mailbox (persistent ones leave the
     * journal too). What it removed goes to the server's trash, within the trash's bounds.
     */
    CompletableFuture<PurgeResult> purge(ServiceUser target);

    /** What {@link #purge} would remove now, changing nothing (allowed on a read-only connection). */
    CompletableFuture<PurgeCount> purgeCount(ServiceUser target);

    /**
     * Posts messages again to where they were going, then deletes them: a dead letter kept by
     * {@code DeadLetterMailbox} goes to its original destination with its original event and
     * body; any other message to its own destination.
     */
    CompletableFuture<TransferResult> resubmit(List<Long> messageIds);

    /** {@link #resubmit} of every dead letter the server holds. */
    CompletableFuture<TransferResult> resubmitAllDeadLetters();

    /** Posts copies of messages (their original body and event; a dead letter's original ones) to {@code to}, then deletes them. */
    CompletableFuture<TransferResult> move(List<Long> messageIds, ServiceUser to);

    /** Posts copies of messages to {@code to}; the originals stay. */
    CompletableFuture<TransferResult> copy(List<Long> messageIds, ServiceUser to);

    /**
     * Posts exported messages again ({@link #export}), keeping their sender, destination, event
     * and flags. Send at most {@link org.openmom.admin.protocol.MessageLines#MAX_BATCH_BYTES}
     * of bodies per call ({@link org.openmom.admin.protocol.MessageLines#batches} cuts a file so).
     */
    CompletableFuture<ImportResult> importMessages(List<ExportedMessage> messages);

    /** The newest {@code maxEntries} messages of the server's trash, with its bounds. */
    CompletableFuture<TrashList> trash(int maxEntries);

    /** Posts trashed messages (by their old id) again to where they were deleted from, and takes them out of the trash. */
    CompletableFuture<RestoreResult> restore(List<Long> messageIds);

    // ---- streaming -----------------------------------------------------------------------

    /**
     * Searches the server's messages (service mailboxes, routers' queues, the server mailbox);
     * the server runs it on a thread of its own and streams the hits in parts to
     * {@code hits}, on the session's I/O thread. Close the result to cancel.
     */
    Running<SearchSummary> search(SearchQuery query, Consumer<List<SearchHit>> hits);

    /**
     * Streams messages whole (headers, properties, body) in parts to {@code messages}, on the
     * session's I/O thread; each part is at most about a megabyte. Finishes with the count.
     */
    Running<Long> export(ExportQuery query, Consumer<List<ExportedMessage>> messages);

    // ---- safety --------------------------------------------------------------------------

    /**
     * Makes this connection read-only for the rest of its life: the server then refuses every
     * changing request (delete, status, post, purge, …) with a one-line reason. Cannot be undone.
     */
    CompletableFuture<Void> declareReadOnly();

    /** Whether this session declared itself read-only. */
    boolean isReadOnly();

    /** The last {@code maxEntries} entries of the server's audit log: every changing administration action. */
    CompletableFuture<AuditTail> audit(int maxEntries);

    // ---- routers -------------------------------------------------------------------------

    /** The server's routers with their state and counters (also in the {@link #snapshot}). */
    CompletableFuture<List<RouterInfo>> routers();

    /**
     * Creates the routers of {@code routesText}, lines of a routes file (DESIGN.md §3.3): the
     * Explorer's Create … Router dialogs send one line, Open Routers File a whole file. All or
     * nothing: a line with a problem ({@code LINE:COLUMN: what — fix}) or a name already used on
     * the server creates none. Each router connects in the background (see its state).
     *
     * @return the routers created
     */
    CompletableFuture<List<RouterInfo>> addRouters(String routesText);

    /**
     * Removes the router {@code name}. The messages waiting in it are routed again as if just
     * posted (another router, a local recipient, or — persistent ones — the server mailbox).
     *
     * @return the router as it was removed
     */
    CompletableFuture<RouterInfo> removeRouter(String name);

    /**
     * Makes the server take a new configuration while running: it checks it fully (every reflex
     * loaded) and swaps its reflexes at once, messages in flight finishing with the old ones; or
     * it refuses with the problems ({@link AdminException}, {@code LINE:COLUMN: what — fix; …})
     * and keeps running the old set. Logging Services cannot change while the server runs.
     *
     * @param configText the configuration's text, or null to read again the file the server was started with
     */
    CompletableFuture<ReloadResult> reload(String configText);

    /**
     * What {@link #reload} would change, or the problems it would be refused for: the server
     * checks the configuration as fully (every reflex loaded, then closed) but keeps running its reflexes.
     */
    CompletableFuture<ReloadResult> checkReload(String configText);

    // ---- log -----------------------------------------------------------------------------

    /** The last {@code maxLines} lines of the server log (the server keeps a bounded ring of recent lines). */
    CompletableFuture<LogTail> logTail(int maxLines);

    /**
     * Sets the server's log level from now on (0–4).
     *
     * @return the level before the change
     */
    CompletableFuture<LogLevel> setLogLevel(LogLevel level);

    // ---- watching ------------------------------------------------------------------------

    /**
     * Starts a stream of change events to {@code listener}, in order, on the session's I/O
     * thread. The future completes once the server has started the watch: events from then on
     * are delivered (take a {@link #snapshot} after that for a consistent start). The server
     * never waits for a slow watcher: it drops events and sends {@link ChangeKind#RESYNC_NEEDED}.
     */
    CompletableFuture<Watch> watch(WatchRequest request, ChangeListener listener);

    /** Unregisters and disconnects; pending futures fail. Idempotent, does not wait for the server. */
    @Override
    void close();
}
