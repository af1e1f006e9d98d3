package org.openmom.admin.client;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminSession;
import org.openmom.admin.AuditTail;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeListener;
import org.openmom.admin.ConnectionLostListener;
import org.openmom.admin.DeleteResult;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.ImportResult;
import org.openmom.admin.LogLevel;
import org.openmom.admin.LogTail;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageDetail;
import org.openmom.admin.PurgeCount;
import org.openmom.admin.PurgeResult;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.ReloadResult;
import org.openmom.admin.RestoreResult;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.Running;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.SearchSummary;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.admin.TransferResult;
import org.openmom.admin.TrashList;
import org.openmom.admin.Watch;
import org.openmom.admin.WatchRequest;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.admin.protocol.AdminRequests.AddRouters;
import org.openmom.admin.protocol.AdminRequests.AuditRequest;
import org.openmom.admin.protocol.AdminRequests.Cancel;
import org.openmom.admin.protocol.AdminRequests.DeleteRequest;
import org.openmom.admin.protocol.AdminRequests.ExportChunk;
import org.openmom.admin.protocol.AdminRequests.ImportRequest;
import org.openmom.admin.protocol.AdminRequests.LogLevelRequest;
import org.openmom.admin.protocol.AdminRequests.LogRequest;
import org.openmom.admin.protocol.AdminRequests.MessageRequest;
import org.openmom.admin.protocol.AdminRequests.PurgeRequest;
import org.openmom.admin.protocol.AdminRequests.ReadOnly;
import org.openmom.admin.protocol.AdminRequests.Reload;
import org.openmom.admin.protocol.AdminRequests.RemoveRouter;
import org.openmom.admin.protocol.AdminRequests.RestoreRequest;
import org.openmom.admin.protocol.AdminRequests.SearchChunk;
import org.openmom.admin.protocol.AdminRequests.StatusRequest;
import org.openmom.admin.protocol.AdminRequests.StatusResult;
import org.openmom.admin.protocol.AdminRequests.StatusTarget;
import org.openmom.admin.protocol.AdminRequests.StreamStarted;
import org.openmom.admin.protocol.AdminRequests.TransferKind;
import org.openmom.admin.protocol.AdminRequests.TransferRequest;
import org.openmom.admin.protocol.AdminRequests.TrashRequest;
import org.openmom.admin.protocol.AdminRequests.Unwatch;
import org.openmom.admin.protocol.AdminRequests.WatchStarted;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.connection.ClientConnection;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * An {@link AdminSession} over one registered {@link ClientConnection}. Failures of the
 * connection reach the caller as {@link AdminException}s with the connection's one line.
 */
final class NettyAdminSession implements AdminSession {
    private static final byte[] NO_BODY = new byte[0];

    private final ClientConnection connection;
    private final AdminFrames frames;
    private final Duration requestTimeout;
    private final EventLoopGroup group;
    private final ServerAddress address;
    private final ServerInfo server;
    private final List<ConnectionLostListener> lostListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean readOnly;

    NettyAdminSession(ClientConnection connection, AdminFrames frames, Duration requestTimeout, EventLoopGroup group,
            ServerAddress address, ServerInfo server, boolean readOnly) {
        this.readOnly = readOnly;
        this.connection = connection;
        this.frames = frames;
        this.requestTimeout = requestTimeout;
        this.group = group;
        this.address = address;
        this.server = server;
        connection.closedFuture().thenAccept(reason -> {
            if (!closing.get()) {
                String line = connection.target().label() + ": connection lost (" + reason + ")";
                for (ConnectionLostListener listener : lostListeners) {
                    listener.connectionLost(line);
                }
            }
            // the session's own thread ends with its connection
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        });
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public ServerInfo server() {
        return server;
    }

    @Override
    public boolean isConnected() {
        return connection.isActive();
    }

    @Override
    public void addConnectionLostListener(ConnectionLostListener listener) {
        lostListeners.add(listener);
    }

    @Override
    public CompletableFuture<ServerSnapshot> snapshot() {
        return ask(FrameType.ADMIN_SNAPSHOT, null, ServerSnapshot.class);
    }

    @Override
    public CompletableFuture<MailboxPage> mailbox(MailboxQuery query) {
        return ask(FrameType.ADMIN_MAILBOX, query, MailboxPage.class);
    }

    @Override
    public CompletableFuture<MessageDetail> message(long messageId) {
        return admin(FrameType.ADMIN_MESSAGE, new MessageRequest(messageId)).thenApply(frame -> {
            int jsonLength = frame.header().jsonLength();
            byte[] all = frame.body();
            MessageDetail detail = AdminJson.read(all, jsonLength, MessageDetail.class);
            byte[] body = Arrays.copyOfRange(all, jsonLength, all.length);
            return new MessageDetail(detail.summary(), body, detail.foundIn(), detail.route(), detail.properties());
        });
    }

    @Override
    public CompletableFuture<PurgeResult> purge(ServiceUser target) {
        return ask(FrameType.ADMIN_PURGE, new PurgeRequest(target, false), PurgeResult.class);
    }

    @Override
    public CompletableFuture<PurgeCount> purgeCount(ServiceUser target) {
        return ask(FrameType.ADMIN_PURGE, new PurgeRequest(target, true), PurgeCount.class);
    }

    @Override
    public CompletableFuture<TransferResult> resubmit(List<Long> messageIds) {
        return transfer(new TransferRequest(TransferKind.RESUBMIT, List.copyOf(messageIds), false, null));
    }

    @Override
    public CompletableFuture<TransferResult> resubmitAllDeadLetters() {
        return transfer(new TransferRequest(TransferKind.RESUBMIT, List.of(), true, null));
    }

    @Override
    public CompletableFuture<TransferResult> move(List<Long> messageIds, ServiceUser to) {
        return transfer(new TransferRequest(TransferKind.MOVE, List.copyOf(messageIds), false, to));
    }

    @Override
    public CompletableFuture<TransferResult> copy(List<Long> messageIds, ServiceUser to) {
        return transfer(new TransferRequest(TransferKind.COPY, List.copyOf(messageIds), false, to));
    }

    private CompletableFuture<TransferResult> transfer(TransferRequest request) {
        return ask(FrameType.ADMIN_TRANSFER, request, TransferResult.class);
    }

    @Override
    public CompletableFuture<ImportResult> importMessages(List<ExportedMessage> messages) {
        return ask(FrameType.ADMIN_IMPORT, new ImportRequest(List.copyOf(messages)), ImportResult.class);
    }

    @Override
    public CompletableFuture<TrashList> trash(int maxEntries) {
        return ask(FrameType.ADMIN_TRASH, new TrashRequest(maxEntries), TrashList.class);
    }

    @Override
    public CompletableFuture<RestoreResult> restore(List<Long> messageIds) {
        return ask(FrameType.ADMIN_RESTORE, new RestoreRequest(List.copyOf(messageIds)), RestoreResult.class);
    }

    @Override
    public CompletableFuture<AuditTail> audit(int maxEntries) {
        return ask(FrameType.ADMIN_AUDIT, new AuditRequest(maxEntries), AuditTail.class);
    }

    @Override
    public CompletableFuture<Void> declareReadOnly() {
        return ask(FrameType.ADMIN_READ_ONLY, null, ReadOnly.class).thenAccept(answer -> readOnly = true);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public Running<SearchSummary> search(SearchQuery query, Consumer<List<SearchHit>> hits) {
        return stream(FrameType.ADMIN_SEARCH, query, hits, body -> {
            SearchChunk chunk = AdminJson.read(body, SearchChunk.class);
            return new ChunkStream.Part<>(chunk.hits(), chunk.progress(), chunk.end(), chunk.error());
        });
    }

    @Override
    public Running<Long> export(ExportQuery query, Consumer<List<ExportedMessage>> messages) {
        return stream(FrameType.ADMIN_EXPORT, query, messages, body -> {
            ExportChunk chunk = AdminJson.read(body, ExportChunk.class);
            return new ChunkStream.Part<>(chunk.messages(), chunk.progress(), chunk.end(), chunk.error());
        });
    }

    /**
     * Starts a streaming request; its chunks are routed to the stream from the event loop that
     * completes the answer, before any later frame is read (as {@link #watch} does).
     */
    private <P, T> Running<T> stream(FrameType type, Object query, Consumer<List<P>> listener,
            Function<byte[], ChunkStream.Part<P, T>> reader) {
        ChunkStream<P, T> stream = new ChunkStream<>(listener, reader, connection.target().label());
        admin(type, query).whenComplete((frame, error) -> {
            if (error != null) {
                stream.failed(AdminConnector.asAdminFailure(error, connection.target()));
                return;
            }
            long streamId = AdminJson.read(frame.body(), StreamStarted.class).streamId();
            frames.onChunks(streamId, body -> {
                stream.received(body);
                if (stream.isOver()) {
                    frames.stopChunks(streamId);
                }
            });
            stream.started(() -> {
                frames.stopChunks(streamId);
                if (connection.isActive()) {
                    admin(FrameType.ADMIN_CANCEL, new Cancel(streamId)); // the answer changes nothing here
                }
            });
        });
        return stream;
    }

    @Override
    public CompletableFuture<List<RouterInfo>> routers() {
        return ask(FrameType.ADMIN_ROUTERS, null, RouterInfo[].class).thenApply(List::of);
    }

    @Override
    public CompletableFuture<List<RouterInfo>> addRouters(String routesText) {
        return ask(FrameType.ADMIN_ROUTERS_ADD, new AddRouters(routesText), RouterInfo[].class).thenApply(List::of);
    }

    @Override
    public CompletableFuture<RouterInfo> removeRouter(String name) {
        return ask(FrameType.ADMIN_ROUTER_REMOVE, new RemoveRouter(name), RouterInfo.class);
    }

    @Override
    public CompletableFuture<ReloadResult> reload(String configText) {
        return ask(FrameType.ADMIN_RELOAD, new Reload(configText, false), ReloadResult.class);
    }

    @Override
    public CompletableFuture<ReloadResult> checkReload(String configText) {
        return ask(FrameType.ADMIN_RELOAD, new Reload(configText, true), ReloadResult.class);
    }

    @Override
    public CompletableFuture<DeleteResult> delete(MailboxRef mailbox, List<Long> messageIds) {
        return ask(FrameType.ADMIN_DELETE, new DeleteRequest(mailbox, List.copyOf(messageIds)), DeleteResult.class);
    }

    @Override
    public CompletableFuture<ServerInfo> setServerStatus(Status status) {
        return status(new StatusRequest(StatusTarget.SERVER, 0, null, -1, status)).thenApply(StatusResult::server);
    }

    @Override
    public CompletableFuture<ServiceInfo> setServiceStatus(long instanceId, Status status) {
        return status(new StatusRequest(StatusTarget.SERVICE_INSTANCE, instanceId, null, -1, status))
                .thenApply(StatusResult::service);
    }

    @Override
    public CompletableFuture<Integer> setServicesStatus(ServiceUser pattern, Status status) {
        return status(new StatusRequest(StatusTarget.SERVICES, 0, pattern, -1, status)).thenApply(StatusResult::changed);
    }

    @Override
    public CompletableFuture<ReflexInfo> setReflexStatus(int index, Status status) {
        return status(new StatusRequest(StatusTarget.REFLEX, 0, null, index, status)).thenApply(StatusResult::reflex);
    }

    @Override
    public CompletableFuture<ActivationInfo> setActivationStatus(String service, Status status) {
        return status(new StatusRequest(StatusTarget.ACTIVATION, 0, ServiceUser.of(service, "*"), 0, status))
                .thenApply(StatusResult::activation);
    }

    private CompletableFuture<StatusResult> status(StatusRequest request) {
        return ask(FrameType.ADMIN_STATUS, request, StatusResult.class);
    }

    @Override
    public CompletableFuture<PostResult> post(Post post) {
        Header header = Header.of(FrameType.POST).toService(post.to().service()).toUser(post.to().user())
                .event(post.event()).flags(post.flags()).properties(post.properties());
        return request(header, post.body()).thenApply(frame -> {
            Header h = frame.header();
            if (h.reason() != null) {
                throw new AdminException(connection.target().label() + ": " + h.reason());
            }
            return new PostResult(h.id(), h.recipients(), h.waiting());
        });
    }

    @Override
    public CompletableFuture<LogTail> logTail(int maxLines) {
        return ask(FrameType.ADMIN_LOG, new LogRequest(maxLines), LogTail.class);
    }

    @Override
    public CompletableFuture<LogLevel> setLogLevel(LogLevel level) {
        return ask(FrameType.ADMIN_LOG_LEVEL, new LogLevelRequest(level), LogLevelRequest.class)
                .thenApply(LogLevelRequest::level);
    }

    @Override
    public CompletableFuture<Watch> watch(WatchRequest request, ChangeListener listener) {
        // the listener is attached on the event loop before any later frame is read, so the
        // events that follow the answer on the wire all reach it
        return admin(FrameType.ADMIN_WATCH, request).thenApply(frame -> {
            long watchId = AdminJson.read(frame.body(), WatchStarted.class).watchId();
            RunningWatch watch = new RunningWatch(watchId, listener);
            frames.onEvents(watchId, watch::deliver);
            return watch;
        });
    }

    /** A watch as its owner holds it: closing stops delivery at once and tells the server. */
    private final class RunningWatch implements Watch {
        private final long watchId;
        private final ChangeListener listener;
        private volatile boolean closed;

        RunningWatch(long watchId, ChangeListener listener) {
            this.watchId = watchId;
            this.listener = listener;
        }

        void deliver(List<ChangeEvent> events) {
            for (ChangeEvent event : events) {
                if (closed) {
                    return;
                }
                listener.changed(event);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            frames.stopEvents(watchId);
            if (connection.isActive()) {
                admin(FrameType.ADMIN_UNWATCH, new Unwatch(watchId)); // the answer changes nothing here
            }
        }
    }

    @Override
    public void close() {
        if (closing.compareAndSet(false, true)) {
            connection.close("closed by the administrator");
            if (!connection.isActive()) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
    }

    // ---- requests ------------------------------------------------------------------------

    private <T> CompletableFuture<T> ask(FrameType type, Object arguments, Class<T> answer) {
        return admin(type, arguments).thenApply(frame -> AdminJson.read(frame.body(), answer));
    }

    /** Sends an ADMIN_* request; an ADMIN_REPLY with a reason fails the future with that reason. */
    private CompletableFuture<Frame> admin(FrameType type, Object arguments) {
        byte[] body = arguments == null ? NO_BODY : AdminJson.write(arguments);
        return request(Header.of(type), body).thenApply(frame -> {
            if (frame.header().reason() != null) {
                throw new AdminException(connection.target().label() + ": " + frame.header().reason());
            }
            return frame;
        });
    }

    /** A request whose every failure is an {@link AdminException} with the connection's line. */
    private CompletableFuture<Frame> request(Header header, byte[] body) {
        return connection.request(header, body, requestTimeout).handle((frame, error) -> {
            if (error != null) {
                throw AdminConnector.asAdminFailure(error, connection.target());
            }
            return frame;
        });
    }
}
