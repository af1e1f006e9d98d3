package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AuditTail;
import org.openmom.admin.DeleteResult;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.LogLevel;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageDetail;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.PurgeCount;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.ReloadResult;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.ServerCounters;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.admin.WatchRequest;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.admin.protocol.AdminRequests.AddRouters;
import org.openmom.admin.protocol.AdminRequests.AuditRequest;
import org.openmom.admin.protocol.AdminRequests.Cancel;
import org.openmom.admin.protocol.AdminRequests.DeleteRequest;
import org.openmom.admin.protocol.AdminRequests.ImportRequest;
import org.openmom.admin.protocol.AdminRequests.LogLevelRequest;
import org.openmom.admin.protocol.AdminRequests.LogRequest;
import org.openmom.admin.protocol.AdminRequests.MessageRequest;
import org.openmom.admin.protocol.AdminRequests.PurgeRequest;
import org.openmom.admin.protocol.AdminRequests.ReadOnly;
import org.openmom.admin.protocol.AdminRequests.Reload;
import org.openmom.admin.protocol.AdminRequests.RemoveRouter;
import org.openmom.admin.protocol.AdminRequests.RestoreRequest;
import org.openmom.admin.protocol.AdminRequests.StatusRequest;
import org.openmom.admin.protocol.AdminRequests.StatusResult;
import org.openmom.admin.protocol.AdminRequests.StreamStarted;
import org.openmom.admin.protocol.AdminRequests.TransferRequest;
import org.openmom.admin.protocol.AdminRequests.TrashRequest;
import org.openmom.admin.protocol.AdminRequests.Unwatch;
import org.openmom.admin.protocol.AdminRequests.WatchStarted;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.reflex.runtime.ReflexStatus;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.server.Broker;
import org.openmom.server.BrokerAdministration.InstanceState;
import org.openmom.server.BrokerAdministration;
import org.openmom.server.BrokerCounters;
import org.openmom.server.activation.ActivationSupervisor;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.server.pipeline.AdminRequests;
import org.openmom.server.routing.RouterException;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the ADMIN_* requests of one administration connection (docs/wire-protocol.md,
 * "Administration"): decodes the JSON arguments, asks the broker, reflexes, routers or log, and builds
 * the ADMIN_REPLY. Runs on the connection's thread; broker calls hold its lock briefly.
 */
public final class AdminRequestHandler implements AdminRequests {
    private static final Logger LOG = LoggerFactory.getLogger(AdminRequestHandler.class);
    /** A reason is one line: a text with many wrong lines shows its first problems only. */
    private static final int MAX_PROBLEMS_SHOWN = 5;

    private final AdminService service;
    private final WatchPeer peer;
    private final String label;
    private final AdminLink link;
    private final Actor actor;
    private final MessageOperations operations;
    /** Declared by ADMIN_READ_ONLY: every changing request is refused from then on. */
    private volatile boolean readOnly;

    AdminRequestHandler(AdminService service, AdminLink link, WatchPeer peer, String label) {
        this.service = service;
        this.link = link;
        this.peer = peer;
        this.label = label;
        this.actor = Actor.of(label, link.remoteAddress());
        this.operations = new MessageOperations(service, link, actor);
    }

    /**
     * The ADMIN_REPLY to an ADMIN_* request; a request the server cannot satisfy (no such
     * instance, reflex, message) gets a reply with a one-line {@code reason}.
     *
     * @throws WireException when the body is not the request's JSON (a protocol error)
     */
    @Override
    public Frame handle(Header request, byte[] body) {
        Header reply = Header.of(FrameType.ADMIN_REPLY).req(request.req());
        try {
            refuseIfReadOnly(request.type(), body);
            switch (request.type()) {
                case ADMIN_SNAPSHOT: return json(reply, snapshot());
                case ADMIN_MAILBOX: return json(reply, mailbox(AdminJson.read(body, MailboxQuery.class)));
                case ADMIN_MESSAGE: return message(reply, AdminJson.read(body, MessageRequest.class).id());
                case ADMIN_DELETE: return json(reply, delete(AdminJson.read(body, DeleteRequest.class)));
                case ADMIN_STATUS: return json(reply, status(AdminJson.read(body, StatusRequest.class)));
                case ADMIN_LOG: return json(reply, service.log().ring().tail(AdminJson.read(body, LogRequest.class).maxLines()));
                case ADMIN_LOG_LEVEL: return json(reply, logLevel(AdminJson.read(body, LogLevelRequest.class)));
                case ADMIN_WATCH: return json(reply, watch(AdminJson.read(body, WatchRequest.class)));
                case ADMIN_UNWATCH: return json(reply, unwatch(AdminJson.read(body, Unwatch.class)));
                case ADMIN_ROUTERS: return json(reply, routers());
                case ADMIN_ROUTERS_ADD: return json(reply, addRouters(required(AdminJson.read(body, AddRouters.class).routesText(), "routesText")));
                case ADMIN_ROUTER_REMOVE: return json(reply, removeRouter(required(AdminJson.read(body, RemoveRouter.class).name(), "name")));
                case ADMIN_RELOAD: return later(reply, AdminJson.read(body, Reload.class));
                case ADMIN_SEARCH: operations.search(reply, AdminJson.read(body, SearchQuery.class)); return null;
                case ADMIN_EXPORT: operations.export(reply, AdminJson.read(body, ExportQuery.class)); return null;
                case ADMIN_CANCEL: return json(reply, new StreamStarted(cancel(AdminJson.read(body, Cancel.class).streamId())));
                case ADMIN_PURGE: return purge(reply, AdminJson.read(body, PurgeRequest.class));
                case ADMIN_TRANSFER: operations.transfer(reply, AdminJson.read(body, TransferRequest.class)); return null;
                case ADMIN_IMPORT: operations.importMessages(reply, required(AdminJson.read(body, ImportRequest.class).messages(), "messages")); return null;
                case ADMIN_TRASH: return json(reply, operations.trashList(AdminJson.read(body, TrashRequest.class).maxEntries()));
                case ADMIN_RESTORE: operations.restore(reply, required(AdminJson.read(body, RestoreRequest.class).ids(), "ids")); return null;
                case ADMIN_AUDIT: return json(reply, audit(AdminJson.read(body, AuditRequest.class).maxEntries()));
                case ADMIN_READ_ONLY: return json(reply, readOnly());
                default: throw new WireException(request.type() + " is not an administration request");
            }
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return Frame.of(reply.reason(refused.getMessage()));
        }
    }

    /** A purge, or its dry run: the count, read under the broker lock here (it only adds up sizes). */
    private Frame purge(Header reply, PurgeRequest request) {
        ServiceUser target = required(request.target(), "target");
        if (request.dryRun()) {
            BrokerAdministration.Waiting waiting = service.broker().administration().waitingFor(target);
            return json(reply, new PurgeCount(target, waiting.instances(), waiting.inMailboxes(), waiting.seeds(),
                    service.trash().maxEntries()));
        }
        operations.purge(reply, target);
        return null;
    }

    /** The connection is gone: its watches and streams end. */
    @Override
    public void closed() {
        service.hub().removeAll(peer);
        operations.cancelAll();
    }

    /** An administration service's POST (the Explorer's test message): refused on a read-only connection, else audited. */
    @Override
    public String postRefusal(ServiceUser to, String event, int bodyLength) {
        if (readOnly) {
            return readOnlyRefusal(FrameType.POST);
        }
        audit("post " + event + " to " + to + " (" + bodyLength + " bytes)");
        return null;
    }

    // ---- read-only and audit ---------------------------------------------------------------

    /** The requests that change something (a reload or a purge only when it is not a dry run). */
    private static final Set<FrameType> CHANGING = EnumSet.of(FrameType.ADMIN_DELETE, FrameType.ADMIN_STATUS,
            FrameType.ADMIN_LOG_LEVEL, FrameType.ADMIN_ROUTERS_ADD, FrameType.ADMIN_ROUTER_REMOVE, FrameType.ADMIN_PURGE,
            FrameType.ADMIN_TRANSFER, FrameType.ADMIN_IMPORT, FrameType.ADMIN_RESTORE);

    private void refuseIfReadOnly(FrameType type, byte[] body) {
        if (!readOnly) {
            return;
        }
        boolean dryRun = type == FrameType.ADMIN_RELOAD && AdminJson.read(body, Reload.class).dryRun()
                || type == FrameType.ADMIN_PURGE && AdminJson.read(body, PurgeRequest.class).dryRun();
        if ((CHANGING.contains(type) || type == FrameType.ADMIN_RELOAD) && !dryRun) {
            throw new IllegalStateException(readOnlyRefusal(type));
        }
    }

    private String readOnlyRefusal(FrameType type) {
        return type + " refused: this administration connection is read-only (declared at login) — connect again without"
                + " read-only to change anything";
    }

    private ReadOnly readOnly() {
        if (!readOnly) {
            readOnly = true;
            LOG.info("{} is read-only from now on", label);
        }
        return new ReadOnly(true);
    }

    private void audit(String action) {
        service.audit().record(actor.who(), actor.from(), action);
    }

    private AuditTail audit(int maxEntries) {
        return new AuditTail(service.audit().tail(maxEntries), service.audit().place());
    }

    private long cancel(long streamId) {
        if (!operations.cancel(streamId)) {
            LOG.debug("{}: stream {} was over already", label, streamId);
        }
        return streamId;
    }

    /** The connection is writable again: its watches catch up. */
    @Override
    public void writable() {
        service.hub().resume(peer);
    }

    private static Frame json(Header reply, Object result) {
        return Frame.of(reply, AdminJson.write(result));
    }

    // ---- requests ------------------------------------------------------------------------

    private ServerSnapshot snapshot() {
        Broker broker = service.broker();
        BrokerAdministration administration = broker.administration();
        List<ServiceInfo> services = new ArrayList<>();
        List<ServiceInfo> administrators = new ArrayList<>();
        long inMailboxes = 0;
        for (InstanceState state : administration.instances()) {
            (state.administration() ? administrators : services).add(AdminViews.service(state));
            inMailboxes += state.undelivered();
        }
        BrokerCounters counters = broker.counters();
        ServerCounters serverCounters = new ServerCounters(counters.posted(), counters.delivered(), counters.acknowledged(),
                counters.deadLetters(), counters.overflows(), administration.deletedCount(), services.size(), administrators.size(), inMailboxes,
                counters.waitingSeeds(), counters.heldBytes(), counters.memoryBound(), counters.memoryRefusals(),
                counters.routedDuplicates(), counters.routedLoops(), counters.strayReplies(), counters.storeRefusals(),
                counters.storeTroubles());
        return new ServerSnapshot(service.facts().info(broker.isEnabled()), serverCounters, services, administrators,
                reflexes(), routers(), System.currentTimeMillis(), activations());
    }

    private List<ActivationInfo> activations() {
        ActivationSupervisor supervisor = service.activations();
        return supervisor == null ? List.of() : supervisor.infos();
    }

    private List<ReflexInfo> reflexes() {
        ReflexRegistry registry = service.reflexes();
        List<ReflexInfo> reflexes = new ArrayList<>();
        if (registry != null) {
            for (ReflexStatus status : registry.statuses()) {
                reflexes.add(AdminViews.reflex(status));
            }
        }
        return reflexes;
    }

    private List<RouterInfo> routers() {
        return service.routers().list().stream().map(AdminViews::router).toList();
    }

    /** Reads the lines as {@code openmom check routes} reads a file; all or nothing. */
    private List<RouterInfo> addRouters(String routesText) {
        ParseResult<RoutesFile> parsed = RoutesParser.parse("routes", routesText);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException(problems(parsed.errors()));
        }
        List<RouterInfo> created;
        try {
            created = service.routers().add(parsed.model()).stream().map(AdminViews::router).toList();
        } catch (RouterException refused) {
            throw new IllegalArgumentException(refused.getMessage());
        }
        created.forEach(router -> LOG.info("{} created router {}: {}", label, router.name(), router.line()));
        created.forEach(router -> audit("create router " + router.name() + ": " + router.line()));
        return created;
    }

    /** The errors as one line: {@code LINE:COLUMN: what — fix}, the first few of many (also for a refused reload). */
    public static String problems(List<Problem> errors) {
        List<String> shown = new ArrayList<>();
        for (Problem error : errors.subList(0, Math.min(errors.size(), MAX_PROBLEMS_SHOWN))) {
            shown.add(error.formatWithoutFile());
        }
        String more = errors.size() > MAX_PROBLEMS_SHOWN ? "; and " + (errors.size() - MAX_PROBLEMS_SHOWN) + " more" : "";
        return String.join("; ", shown) + more;
    }

    /** Answers a reload from the reload thread (it loads reflexes: seconds, perhaps), not from the connection's. */
    private Frame later(Header reply, Reload request) {
        service.reloads().execute(() -> {
            Frame answer;
            try {
                answer = json(reply, reload(request));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                answer = Frame.of(reply.reason(refused.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("{}: the reload failed", label, e);
                answer = Frame.of(reply.reason("the reload failed (" + e + ") — nothing changed; see the server log"));
            }
            link.send(answer);
        });
        return null;
    }

    private ReloadResult reload(Reload request) {
        ReloadResult result = service.reload(request.configText(), request.dryRun());
        if (!request.dryRun()) {
            LOG.info("{} reloaded the configuration{}: {}", label, request.configText() == null ? " from its file" : "", result.summary());
            audit("reload the configuration" + (request.configText() == null ? " from its file" : "") + ": " + result.summary());
        }
        return result;
    }

    private RouterInfo removeRouter(String name) {
        try {
            RouterInfo removed = AdminViews.router(service.routers().remove(name));
            LOG.info("{} removed router {}: {}", label, removed.name(), removed.line());
            audit("remove router " + removed.name() + ": " + removed.line());
            return removed;
        } catch (RouterException refused) {
            throw new IllegalArgumentException(refused.getMessage());
        }
    }

    private MailboxPage mailbox(MailboxQuery query) {
        int limit = Math.min(query.limit(), MailboxQuery.MAX_LIMIT);
        int preview = Math.min(query.previewBytes(), MailboxQuery.MAX_PREVIEW);
        boolean newestFirst = query.order() == org.openmom.admin.PageOrder.NEWEST_FIRST;
        BrokerAdministration administration = service.broker().administration();
        MailboxRef mailbox = query.mailbox();
        BrokerAdministration.Slice slice;
        if (mailbox.kind() == MailboxKind.SERVICE) {
            slice = administration.mailbox(mailbox.instanceId(), query.offset(), limit, newestFirst)
                    .orElseThrow(() -> new IllegalArgumentException("no service instance or router queue " + mailbox.instanceId()
                            + " is registered on server " + service.facts().identity() + " (it went away?) — refresh"));
        } else {
            slice = administration.seeds(AdminViews.section(mailbox.kind()), query.offset(), limit, newestFirst);
        }
        List<MessageSummary> entries = new ArrayList<>(slice.entries().size());
        for (BrokerAdministration.Entry entry : slice.entries()) {
            entries.add(AdminViews.summary(entry.message(), entry.inFlight(), preview));
        }
        return new MailboxPage(mailbox, slice.total(), query.offset(), query.order(), entries);
    }

    /** The reply's body is the JSON of the details (without the body) followed by the raw body. */
    private Frame message(Header reply, long messageId) {
        BrokerAdministration.Whereabouts where = service.broker().administration().find(messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId
                        + " on this server (acknowledged or deleted already?)"));
        List<MailboxRef> foundIn = new ArrayList<>();
        for (long instanceId : where.instanceIds()) {
            foundIn.add(MailboxRef.service(instanceId));
        }
        boolean ordinaryInMailboxes = !where.message().isPersistent() && !where.instanceIds().isEmpty();
        if (where.persistentSeed() || where.waiting() || ordinaryInMailboxes) {
            foundIn.add(MailboxRef.server(AdminViews.sectionOf(where.message())));
        }
        MessageSummary summary = AdminViews.summary(where.message(), false, MailboxQuery.DEFAULT_PREVIEW);
        byte[] json = AdminJson.write(new MessageDetail(summary, new byte[0], foundIn, where.message().route(),
                where.message().properties()));
        byte[] body = where.message().body();
        byte[] both = new byte[json.length + body.length];
        System.arraycopy(json, 0, both, 0, json.length);
        System.arraycopy(body, 0, both, json.length, body.length);
        return Frame.of(reply.jsonLength(json.length), both);
    }

    private DeleteResult delete(DeleteRequest request) {
        BrokerAdministration administration = service.broker().administration();
        MailboxRef mailbox = request.mailbox();
        List<Long> ids = request.ids() == null ? List.of() : request.ids();
        List<BrokerAdministration.Removed> removed = new ArrayList<>();
        int deleted = 0;
        List<Long> notFound = new ArrayList<>();
        if (mailbox != null && mailbox.kind() == MailboxKind.SERVICE) {
            notFound.addAll(administration.deleteFromMailbox(mailbox.instanceId(), ids, removed::add));
            deleted = ids.size() - notFound.size();
        } else {
            for (long id : ids) {
                int count = administration.deleteEverywhere(id, removed::add);
                deleted += count;
                if (count == 0) {
                    notFound.add(id);
                }
            }
        }
        operations.trash(removed);
        LOG.info("{} deleted {} message(s) from {}: {}", label, deleted, mailbox == null ? "everywhere" : mailbox, request.ids());
        audit("delete " + ids + " from " + (mailbox == null ? "everywhere" : mailbox) + ": " + deleted + " removed");
        return new DeleteResult(deleted, notFound);
    }

    private StatusResult status(StatusRequest request) {
        Status status = required(request.status(), "status");
        boolean enable = status.isEnabled();
        switch (required(request.target(), "target")) {
            case SERVER:
                service.broker().setEnabled(enable);
                LOG.info("{} set server {} {}", label, service.facts().identity(), status);
                audit("set server " + service.facts().identity() + " " + status);
                return new StatusResult(service.facts().info(service.broker().isEnabled()), null, null, 0);
            case SERVICE_INSTANCE: {
                Optional<InstanceState> state = service.broker().administration().setEnabled(request.instanceId(), enable);
                InstanceState changed = state.orElseThrow(() -> noInstance(request.instanceId()));
                LOG.info("{} set {} (instance {}) {}", label, changed.who(), changed.id(), status);
                audit("set " + changed.who() + " (instance " + changed.id() + ") " + status);
                return new StatusResult(null, AdminViews.service(changed), null, 1);
            }
            case SERVICES: {
                int changed = service.broker().setServiceEnabled(required(request.pattern(), "pattern"), enable);
                LOG.info("{} set {} instance(s) of {} {}", label, changed, request.pattern(), status);
                audit("set " + changed + " instance(s) of " + request.pattern() + " " + status);
                return new StatusResult(null, null, null, changed);
            }
            case REFLEX: {
                ReflexRegistry registry = service.reflexes();
                if (registry == null) {
                    throw new IllegalArgumentException("server " + service.facts().identity() + " runs no reflexes");
                }
                // the registry tells the watchers (as it does when failures disable a reflex)
                ReflexInfo reflex = AdminViews.reflex(registry.setEnabled(request.reflexIndex(), enable));
                LOG.info("{} set reflex {} ({}) {}", label, reflex.index(), reflex.declaration(), status);
                audit("set reflex " + reflex.index() + " (" + reflex.declaration() + ") " + status);
                return new StatusResult(null, null, reflex, 1);
            }
            case ACTIVATION: {
                String name = required(request.pattern(), "pattern").service();
                ActivationSupervisor supervisor = service.activations();
                Optional<ActivationInfo> activation = supervisor == null ? Optional.empty()
                        : enable ? supervisor.start(name) : supervisor.stop(name);
                ActivationInfo changed = activation.orElseThrow(() -> new IllegalArgumentException(
                        "no Activation line of server " + service.facts().identity() + " names service " + name));
                LOG.info("{} {} the activated program {} of service {}", label, enable ? "started" : "stopped", changed.program(), name);
                return new StatusResult(null, null, null, 1, changed);
            }
            default:
                throw new IllegalArgumentException("unknown status target " + request.target());
        }
    }

    private LogLevelRequest logLevel(LogLevelRequest request) {
        LogLevel before = service.log().setLevel(required(request.level(), "level"));
        audit("set the log level " + request.level() + " (was " + before + ")");
        return new LogLevelRequest(before);
    }

    private WatchStarted watch(WatchRequest request) {
        Watcher watcher = service.hub().add(request, peer);
        LOG.debug("{} watches (messages: {}, log: {}) as watch {}", label, request.messages(), request.log(), watcher.id());
        return new WatchStarted(watcher.id());
    }

    private WatchStarted unwatch(Unwatch request) {
        if (!service.hub().remove(peer, request.watchId())) {
            throw new IllegalArgumentException("no watch " + request.watchId() + " on this connection");
        }
        return new WatchStarted(request.watchId());
    }

    private IllegalArgumentException noInstance(long instanceId) {
        return new IllegalArgumentException("no service instance " + instanceId + " is registered on server "
                + service.facts().identity() + " (it went away?) — refresh");
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new WireException("the request has no \"" + field + "\"");
        }
        return value;
    }
}
