package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.ImportResult;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.PurgeResult;
import org.openmom.admin.RestoreResult;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.TransferResult;
import org.openmom.admin.TrashEntry;
import org.openmom.admin.TrashList;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.admin.protocol.AdminRequests.ExportChunk;
import org.openmom.admin.protocol.AdminRequests.SearchChunk;
import org.openmom.admin.protocol.AdminRequests.StreamStarted;
import org.openmom.admin.protocol.AdminRequests.TransferKind;
import org.openmom.admin.protocol.AdminRequests.TransferRequest;
import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.BrokerAdministration;
import org.openmom.server.BrokerAdministration.Place;
import org.openmom.server.BrokerAdministration.Removed;
import org.openmom.server.PostOutcome;
import org.openmom.server.pipeline.AdminLink;
import org.openmom.wire.Frame;
import org.openmom.wire.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests of one administration connection that work on many messages at once — search,
 * export, purge, resubmit/move/copy, import, trash and restore — run on the admin work thread;
 * each answers through the connection's link when it is done. Deletes and purges go to the
 * server's trash; every change is in the audit log.
 */
final class MessageOperations {
    private static final Logger LOG = LoggerFactory.getLogger(MessageOperations.class);
    /** Trash entries one ADMIN_TRASH lists at most. */
    static final int MAX_TRASH_LISTED = 10_000;

    private final AdminService service;
    private final AdminLink link;
    private final Actor actor;
    private final Map<Long, OutgoingStream> streams = new ConcurrentHashMap<>();

    MessageOperations(AdminService service, AdminLink link, Actor actor) {
        this.service = service;
        this.link = link;
        this.actor = actor;
    }

    // ---- streams -------------------------------------------------------------------------

    /** Starts a search: the answer names the stream, the hits follow. */
    void search(Header reply, SearchQuery query) {
        MessageSearch.pattern(query); // a bad expression is refused in the answer, not in the stream
        OutgoingStream out = open(reply);
        service.work().execute(() -> streamed(out, () -> new MessageSearch(query, administration().places(), out).run(),
                error -> out.send(new SearchChunk(List.of(), null, null, error))));
    }

    /** Starts an export: the answer names the stream, the messages follow. */
    void export(Header reply, ExportQuery query) {
        OutgoingStream out = open(reply);
        service.work().execute(() -> streamed(out, () -> new MessageExport(selected(query), out).run(),
                error -> out.send(new ExportChunk(List.of(), null, null, error))));
    }

    private OutgoingStream open(Header reply) {
        OutgoingStream out = new OutgoingStream(service.nextStreamId(), link);
        streams.put(out.id(), out);
        link.send(Frame.of(reply, AdminJson.write(new StreamStarted(out.id()))));
        return out;
    }

    private void streamed(OutgoingStream out, Runnable work, Consumer<String> failed) {
        try {
            work.run();
        } catch (IllegalArgumentException refused) {
            failed.accept(refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{}: a streaming request failed", actor, e);
            failed.accept("the server failed (" + e + ") — see the server log");
        } finally {
            streams.remove(out.id());
        }
    }

    /** @return whether the stream was running */
    boolean cancel(long streamId) {
        OutgoingStream out = streams.remove(streamId);
        if (out != null) {
            out.cancel();
        }
        return out != null;
    }

    void cancelAll() {
        streams.values().forEach(OutgoingStream::cancel);
        streams.clear();
    }

    /**
     * The messages an export names, each once, in mailbox order; paged seeds without their
     * bodies, which the export reads back one at a time.
     */
    private Place selected(ExportQuery query) {
        BrokerAdministration administration = administration();
        if (query.ids() != null) {
            List<Message> found = new ArrayList<>();
            for (long id : query.ids()) {
                administration.find(id).ifPresent(where -> found.add(where.message()));
            }
            return new Place(0, null, found, UnaryOperator.identity());
        }
        if (query.target() != null) {
            List<Place> places = administration.places();
            Place seeds = places.stream().filter(place -> place.who() == null).findFirst().orElseThrow(); // the only one paged
            return new Place(0, null, distinct(places, place -> place.who() == null || query.target().matches(place.who()),
                    seed -> query.target().matches(seed.to())), seeds.whole());
        }
        MailboxRef mailbox = query.mailbox();
        if (mailbox.kind() == MailboxKind.SERVICE) {
            return new Place(mailbox.instanceId(), null, administration.mailbox(mailbox.instanceId(), 0, Integer.MAX_VALUE, false)
                    .orElseThrow(() -> noMailbox(mailbox.instanceId())).entries().stream()
                    .map(BrokerAdministration.Entry::message).toList(), UnaryOperator.identity());
        }
        return administration.sectionCopy(AdminViews.section(mailbox.kind()));
    }

    private static List<Message> distinct(List<Place> places, Predicate<Place> wantedPlace,
            Predicate<Message> wantedSeed) {
        Map<Long, Message> byId = new LinkedHashMap<>();
        for (Place place : places) {
            if (!wantedPlace.test(place)) {
                continue;
            }
            for (Message message : place.messages()) {
                if (place.who() != null || wantedSeed.test(message)) {
                    byId.putIfAbsent(message.id(), message);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    // ---- purge, trash, restore -----------------------------------------------------------

    void purge(Header reply, ServiceUser target) {
        later(reply, () -> {
            long started = System.nanoTime();
            List<Removed> removed = new ArrayList<>();
            long purged = administration().purge(target, service.trash().maxEntries(), removed::add);
            long trashed = trash(removed);
            durable(administration().removalsDurable());
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("{} purged {} message(s) of {} in {} ms ({} kept in the trash)", actor, purged, target, millis, trashed);
            service.audit().record(actor.who(), actor.from(), "purge " + target + ": " + purged + " messages");
            return new PurgeResult(target, purged, trashed);
        });
    }

    /**
     * Keeps deleted messages in the trash; of more than it holds only the newest are offered (the
     * older would push each other out at once).
     *
     * @return how many it kept
     */
    long trash(List<Removed> removed) {
        long kept = 0;
        for (Removed one : removed.subList(Math.max(0, removed.size() - service.trash().maxEntries()), removed.size())) {
            if (service.trash().add(one.message(), one.heldFor(), actor.toString())) {
                kept++;
            }
        }
        return kept;
    }

    TrashList trashList(int maxEntries) {
        Trash trash = service.trash();
        List<TrashEntry> entries = new ArrayList<>();
        for (Trash.Item item : trash.newest(Math.max(0, Math.min(maxEntries, MAX_TRASH_LISTED)))) {
            entries.add(new TrashEntry(AdminViews.summary(item.message(), false, MailboxQuery.DEFAULT_PREVIEW), item.restoreTo(),
                    item.by(), item.deletedAt(), trash.expiresAt(item)));
        }
        return new TrashList(entries, trash.size(), trash.maxEntries(), trash.maxBytes(), trash.retention().toMillis(), false);
    }

    void restore(Header reply, List<Long> ids) {
        List<Trash.Item> items = service.trash().take(ids);
        List<Repost> posts = items.stream().map(item -> new Repost(item.message().id(), item.message().from(), item.restoreTo(),
                item.message().event(), item.message().flags(), item.message().body(), item.message().properties())).toList();
        Repost.postAll(service.broker(), posts).whenComplete((outcomes, error) -> service.work().execute(() -> {
            List<Trash.Item> notRestored = new ArrayList<>();
            String refusal = null;
            for (int i = 0; i < items.size(); i++) {
                if (outcomes.get(i).isRefused()) {
                    notRestored.add(items.get(i));
                    refusal = outcomes.get(i).refusal();
                }
            }
            service.trash().putBack(notRestored);
            Set<Long> found = new LinkedHashSet<>();
            items.forEach(item -> found.add(item.message().id()));
            List<Long> notFound = ids.stream().filter(id -> !found.contains(id)).distinct().toList();
            int restored = items.size() - notRestored.size();
            service.audit().record(actor.who(), actor.from(), "restore " + ids + ": " + restored + " messages");
            if (refusal != null) {
                link.send(Frame.of(reply.reason(restored + " of " + items.size() + " restored; the others stay in the trash: " + refusal)));
            } else {
                link.send(Frame.of(reply, AdminJson.write(new RestoreResult(restored, notFound))));
            }
        }));
    }

    // ---- resubmit, move, copy, import -----------------------------------------------------

    void transfer(Header reply, TransferRequest request) {
        TransferKind kind = AdminRequestHandler.required(request.kind(), "kind");
        if (kind != TransferKind.RESUBMIT && request.to() == null) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " needs a destination SERVICE/USER (--to)");
        }
        if (request.to() != null && request.to().isPattern() && kind != TransferKind.RESUBMIT) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " goes to one service and user, not to the pattern "
                    + request.to() + " — name them");
        }
        service.work().execute(() -> {
            List<Message> messages = new ArrayList<>();
            List<Long> notFound = new ArrayList<>();
            if (request.allDeadLetters()) {
                messages.addAll(distinct(administration().places(), place -> true, DeadLetter::isKept).stream()
                        .filter(DeadLetter::isKept).toList());
            } else {
                for (long id : request.ids() == null ? List.<Long>of() : request.ids()) {
                    administration().find(id).ifPresentOrElse(where -> messages.add(where.message()), () -> notFound.add(id));
                }
            }
            List<Repost> posts = messages.stream()
                    .map(message -> kind == TransferKind.RESUBMIT ? Repost.of(message, true) : Repost.of(message, request.to()))
                    .toList();
            Repost.postAll(service.broker(), posts).whenComplete((outcomes, error) -> service.work().execute(
                    () -> transferred(reply, kind, request.to(), messages, outcomes, notFound)));
        });
    }

    private void transferred(Header reply, TransferKind kind, ServiceUser to, List<Message> messages, List<PostOutcome> outcomes,
            List<Long> notFound) {
        List<Long> newIds = new ArrayList<>();
        String refusal = null;
        for (int i = 0; i < messages.size(); i++) {
            PostOutcome outcome = outcomes.get(i);
            if (outcome.isRefused()) {
                refusal = outcome.refusal();
                continue;
            }
            newIds.add(outcome.messageId());
            if (kind != TransferKind.COPY) {
                administration().deleteEverywhere(messages.get(i).id()); // posted again: nothing to keep in the trash
            }
        }
        String what = kind.name().toLowerCase() + " " + messages.stream().map(Message::id).toList()
                + (to == null ? "" : " to " + to) + ": " + newIds.size() + " posted";
        LOG.info("{} {}", actor, what);
        service.audit().record(actor.who(), actor.from(), what);
        if (refusal != null) {
            link.send(Frame.of(reply.reason(newIds.size() + " of " + messages.size() + " posted again; the others stay where they are: "
                    + refusal)));
        } else {
            link.send(Frame.of(reply, AdminJson.write(new TransferResult(newIds.size(), newIds, notFound))));
        }
    }

    void importMessages(Header reply, List<ExportedMessage> messages) {
        List<Repost> posts = new ArrayList<>();
        for (ExportedMessage message : messages) {
            posts.add(Repost.of(message));
        }
        Repost.postAll(service.broker(), posts).whenComplete((outcomes, error) -> service.work().execute(() -> {
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).isRefused()) {
                    refused.add("#" + messages.get(i).id() + " to " + messages.get(i).to() + ": " + outcomes.get(i).refusal());
                }
            }
            int imported = outcomes.size() - refused.size();
            service.audit().record(actor.who(), actor.from(), "import " + imported + " messages"
                    + (refused.isEmpty() ? "" : ", " + refused.size() + " refused"));
            link.send(Frame.of(reply, AdminJson.write(new ImportResult(imported, refused))));
        }));
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Runs {@code work} on the admin work thread and answers with its result (or its one-line refusal). */
    private void later(Header reply, Supplier<Object> work) {
        service.work().execute(() -> {
            Frame answer;
            try {
                answer = Frame.of(reply, AdminJson.write(work.get()));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                answer = Frame.of(reply.reason(refused.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("{}: an administration request failed", actor, e);
                answer = Frame.of(reply.reason("the server failed (" + e + ") — see the server log"));
            }
            link.send(answer);
        });
    }

    /**
     * Waits (on the work thread) until the journal has the removals, so that a purge answered
     * cannot come back at a crash; a journal too busy to say is logged, not refused: the removals
     * are queued and will be written.
     */
    private void durable(CompletableFuture<Void> removals) {
        try {
            removals.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("{}: the journal has not confirmed the purge's removals yet ({}) — they are queued", actor, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BrokerAdministration administration() {
        return service.broker().administration();
    }

    private IllegalArgumentException noMailbox(long instanceId) {
        return new IllegalArgumentException("no service instance or router queue " + instanceId + " is registered on server "
                + service.facts().identity() + " (it went away?) — refresh");
    }
}
