package org.openmom.server.persistence;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openmom.journal.DiskTrouble;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalException;
import org.openmom.journal.JournalFiles;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServiceUser;
import org.openmom.server.MessageStore;
import org.openmom.server.StoredBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent messages kept by the logging services: one {@link Journal} per logging service
 * key (a service name or {@code *}), the most specific key matching the message's service.
 * A message that no key matches is not logged.
 *
 * <p>The Logging Services may change while the server runs ({@link #change}, a reload): new
 * messages go to the journals configured now at once, and the messages already kept move in the
 * background ({@link JournalMove}) to the journal their Key now chooses. A journal that left the
 * configuration stays open until it holds nothing, and is written down ({@link JournalsInUse}) so
 * that a restart finds it. No confirmed message is ever only in memory on the way: a copy is on
 * disk in its new journal before it is removed from the old one.
 */
public final class JournalStore implements MessageStore {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStore.class);

    /** A logging service: which services it logs, and its journal. */
    public record LoggingService(String key, Journal journal) {}

    /** The Logging Services configured now; replaced under the broker lock. */
    private volatile List<LoggingService> services;
    /** The journal of a lone {@code *} Key, which logs every message; null otherwise. */
    private volatile Journal everything;
    /** Every open journal: the configured ones, then those that left the configuration and still hold messages. */
    private final List<Journal> open = new CopyOnWriteArrayList<>();
    private final MessageJournals owners;
    private final Map<Journal, PendingRemovals> removals = new ConcurrentHashMap<>();
    /** The files the replay read, where the bodies of waiting seeds are read back from (see {@link StoredBodies}). */
    private final List<JournalBodies> replayedBodies = new ArrayList<>();
    /** Journals whose messages are being moved to the journal their Key chooses now (guarded by the broker lock). */
    private final Set<Journal> moving = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Journals that left the configuration, with the messages they keep because no Key logs their
     * service now (guarded by the broker lock): each closes when its last one is acknowledged.
     */
    private final Map<Journal, Set<Long>> keptByLeaving = new IdentityHashMap<>();
    private final JournalsInUse inUse;
    /** Runs work under the broker lock, in order with the broker's calls ({@link #attach}). */
    private volatile Consumer<Runnable> underBrokerLock;
    /** The move in progress, or null. */
    private volatile JournalMove move;
    /** Whether the journals on disk differ from the configuration (a restart after a change): move at start. */
    private final boolean unsettledAtStart;
    /** Writes gathered removals a moment after they came, and again while a journal is overloaded. */
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "journal-removals");
        thread.setDaemon(true);
        return thread;
    });

    /** The journals of {@code services}, and nothing else: no memory of journals that left. */
    public JournalStore(List<LoggingService> services) {
        this(services, List.of(), null, false);
    }

    /**
     * @param services  the Logging Services configured
     * @param leaving   journals that left the configuration but may still hold messages (opened again)
     * @param inUse     where the open journals are written down, or null
     * @param unsettled whether messages may be in journals other than their Key's (see {@link #moveAtStart})
     */
    public JournalStore(List<LoggingService> services, List<Journal> leaving, JournalsInUse inUse, boolean unsettled) {
        this.services = List.copyOf(services);
        this.everything = everythingJournal(this.services);
        this.inUse = inUse;
        for (LoggingService service : this.services) {
            opened(service.journal());
        }
        for (Journal journal : leaving) {
            opened(journal);
            keptByLeaving.put(journal, new HashSet<>());
        }
        this.owners = new MessageJournals(open.size() == 1 ? open.get(0) : null);
        this.unsettledAtStart = unsettled || !leaving.isEmpty();
        writeInUse(unsettledAtStart);
    }

    private void opened(Journal journal) {
        if (!open.contains(journal)) {
            open.add(journal);
            removals.put(journal, new PendingRemovals(journal, background));
        }
    }

    private static Journal everythingJournal(List<LoggingService> services) {
        return services.size() == 1 && services.get(0).key().equals(NamePattern.WILDCARD) ? services.get(0).journal() : null;
    }

    /** The journal a Logging Service of this store writes to {@code files}, if one is open. */
    public Journal openJournal(JournalFiles files) {
        for (Journal journal : open) {
            if (journal.files().equals(files)) {
                return journal;
            }
        }
        return null;
    }

    /** The Logging Services configured now. */
    public List<LoggingService> services() {
        return services;
    }

    /**
     * The journal of the most specific Key matching {@code service}: a Key without wildcard before
     * any pattern, then the pattern with the most characters written out ({@code CHAT*} before
     * {@code C*} before {@code *}); among equals, the first declared. Null when no Key matches.
     */
    Journal journalFor(String service) {
        Journal all = everything;
        if (all != null) {
            return all;
        }
        LoggingService chosen = null;
        for (LoggingService candidate : services) {
            if (NamePattern.matches(candidate.key(), service)
                    && (chosen == null || specificity(candidate.key()) > specificity(chosen.key()))) {
                chosen = candidate;
            }
        }
        return chosen == null ? null : chosen.journal();
    }

    /** How much of a Key is written out; a Key without wildcard ranks above every pattern. */
    private static int specificity(String key) {
        int literal = key.replace(NamePattern.WILDCARD, "").length();
        return key.contains(NamePattern.WILDCARD) ? literal : Integer.MAX_VALUE;
    }

    @Override
    public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
        Journal journal = owners.of(message.id());
        if (journal == null) {
            journal = firstSave(message);
            if (journal == null) {
                return CompletableFuture.completedFuture(null); // no Key logs its service
            }
        }
        if (!moving.isEmpty() && moving.contains(journal)) {
            Journal now = journalFor(message.to().service());
            if (now != null && now != journal) {
                return moveNow(message, targets, journal, now);
            }
        }
        return write(journal, message, targets, false);
    }

    @Override
    public CompletableFuture<Void> saveNew(Message message, List<ServiceUser> targets) {
        Journal journal = firstSave(message);
        return journal == null ? CompletableFuture.completedFuture(null) : write(journal, message, targets, true);
    }

    /** Where a message not in any journal yet goes: its Key's journal, noted when it is not the default one. */
    private Journal firstSave(Message message) {
        Journal journal = journalFor(message.to().service());
        if (journal != null && journal != owners.fallback()) {
            owners.put(message.id(), journal);
        }
        return journal;
    }

    private CompletableFuture<Void> write(Journal journal, Message message, List<ServiceUser> targets, boolean isNew) {
        JournalBatch batch = new JournalBatch(1).put(message.id(), MessageRecords.payload(message, targets));
        return removals.get(journal).writeAfterRemovals(isNew ? batch.refusedWhileDiskFails() : batch);
    }

    /**
     * A message rewritten while its journal's messages move goes to its new journal with this
     * rewrite (it is the whole record), and leaves the old one once the new copy is on disk.
     */
    private CompletableFuture<Void> moveNow(Message message, List<ServiceUser> targets, Journal from, Journal to) {
        owners.put(message.id(), to);
        CompletableFuture<Void> written = write(to, message, targets, false);
        long id = message.id();
        written.thenRun(() -> removals.get(from).add(id));
        return written;
    }

    @Override
    public String refusal(Message message) {
        Journal journal = journalFor(message.to().service());
        DiskTrouble trouble = journal == null ? null : journal.diskTrouble().orElse(null);
        if (trouble == null) {
            return null;
        }
        return "the server cannot store persistent messages for " + message.to().service() + " now: " + describe(journal, trouble)
                + " — free disk space; the server tries again every second";
    }

    @Override
    public List<String> troubles() {
        List<String> troubles = new ArrayList<>();
        for (Journal journal : open) {
            journal.diskTrouble().ifPresent(trouble -> troubles.add(describe(journal, trouble)));
        }
        return troubles;
    }

    private static String describe(Journal journal, DiskTrouble trouble) {
        return "journal " + journal.files().master() + " cannot write to its disk since " + Instant.ofEpochMilli(trouble.sinceMillis())
                + " (" + trouble.reason() + ")";
    }

    /** The fullest journal's. */
    @Override
    public double backlog() {
        double fullest = 0;
        // by index: the broker asks about every persistent message, an iterator each time adds up
        for (int i = 0; i < open.size(); i++) {
            fullest = Math.max(fullest, open.get(i).backlog());
        }
        return fullest;
    }

    @Override
    public void remove(long messageId) {
        Journal journal = owners.remove(messageId);
        if (journal == null) {
            return;
        }
        removals.get(journal).add(messageId);
        if (!keptByLeaving.isEmpty()) {
            Set<Long> kept = keptByLeaving.get(journal);
            if (kept != null && kept.remove(messageId) && kept.isEmpty() && move == null) {
                background.execute(() -> retire(journal));
            }
        }
    }

    @Override
    public CompletableFuture<Void> removalsDurable() {
        List<CompletableFuture<Void>> all = new ArrayList<>(removals.size());
        for (PendingRemovals pending : removals.values()) {
            all.add(pending.durable());
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    @Override
    public void replay(Replay replay) {
        ReplayChoice choice = replayChoice();
        for (Journal journal : open) {
            List<Long> unreadable = new ArrayList<>();
            List<Long> superseded = new ArrayList<>();
            ReplayedNames names = new ReplayedNames();
            JournalBodies bodies = new JournalBodies();
            replayedBodies.add(bodies);
            try {
                journal.forEachLive((id, record, offset, file) -> {
                    try {
                        MessageRecords.decode(id, record, names, replay::wantsBody, (message, targets, bodyAt, bodyLength) -> {
                            if (!choice.isNeeded() || choice.keeps(id, journal, journalFor(message.to().service()))) {
                                owners.put(id, journal);
                                replay.record(message, targets, bodyAt < 0 ? null : bodies.in(file), offset + bodyAt, bodyLength);
                            } else {
                                superseded.add(id);
                            }
                        });
                    } catch (IOException e) {
                        unreadable.add(id);
                    }
                });
            } catch (JournalException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (!unreadable.isEmpty()) {
                LOG.warn("{}: {} records are not messages of this version and were skipped (first id {})",
                        journal.files().master(), unreadable.size(), unreadable.get(0));
            }
            // an older copy of a message whose move a stop interrupted: the newer one was loaded
            superseded.forEach(removals.get(journal)::add);
        }
    }

    /** Only a start that finds a move unfinished may find a message in two journals. */
    private ReplayChoice replayChoice() {
        if (open.size() < 2 || !unsettledAtStart) {
            return ReplayChoice.NONE;
        }
        try {
            return ReplayChoice.of(open);
        } catch (JournalException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The broker is made: from now on the store may run work under its lock (a move places its
     * records there), and it moves, in the background, the messages that a change of the Logging
     * Services made while the server was stopped left in other journals than their Key's.
     */
    public void attach(Consumer<Runnable> underBrokerLock) {
        this.underBrokerLock = underBrokerLock;
        if (unsettledAtStart) {
            startMove(List.copyOf(open));
        }
    }

    /**
     * Takes new Logging Services while the server runs: from now on new messages go to their
     * journals, and the messages kept so far move there in the background. The journals of
     * {@code next} are open already (the same objects as now for the Logging Services that stay).
     *
     * @throws IllegalStateException when the messages of the previous change are still moving
     */
    public void change(List<LoggingService> next) {
        if (next.equals(services)) {
            return; // the same Keys on the same journals: nothing moves
        }
        refuseWhileMoving();
        List<Journal> before = List.copyOf(open);
        underBrokerLock.accept(() -> {
            services = List.copyOf(next);
            everything = everythingJournal(services);
            for (LoggingService service : services) {
                opened(service.journal());
            }
            for (Journal journal : before) {
                if (isConfigured(journal)) {
                    keptByLeaving.remove(journal); // named again: it keeps what it holds as any journal
                } else {
                    keptByLeaving.putIfAbsent(journal, new HashSet<>());
                }
            }
        });
        writeInUse(true);
        startMove(before);
    }

    /** @throws IllegalStateException while the messages of the previous change are still moving */
    public void refuseWhileMoving() {
        JournalMove running = move;
        if (running != null) {
            throw new IllegalStateException("the messages of the previous change of the Logging Services are still moving ("
                    + running.progress() + ") — try again once it is done");
        }
    }

    private void startMove(List<Journal> sources) {
        underBrokerLock.accept(() -> {
            moving.addAll(sources);
            if (owners.fallback() != null && sources.contains(owners.fallback())) {
                owners.trackFallbackRemovals();
            }
        });
        JournalMove started = new JournalMove(this, sources, underBrokerLock);
        move = started;
        started.start();
    }

    /**
     * Places a chunk of records read from {@code source}, under the broker lock: each goes to the
     * journal its Key chooses now, or stays.
     */
    JournalMove.Placed place(Journal source, List<JournalMove.Record> records) {
        JournalMove.Placed placed = new JournalMove.Placed();
        Map<Journal, JournalBatch> batches = new IdentityHashMap<>();
        Map<Journal, List<JournalMove.Record>> moved = new IdentityHashMap<>();
        for (JournalMove.Record record : records) {
            if (!owners.isIn(record.id(), source)) {
                continue; // acknowledged, or rewritten to its new journal, since the chunk was read
            }
            Journal target = record.service() == null ? null : journalFor(record.service());
            if (target == null || target == source) {
                Set<Long> kept = keptByLeaving.get(source);
                if (kept != null) {
                    kept.add(record.id());
                }
                continue;
            }
            batches.computeIfAbsent(target, journal -> new JournalBatch(records.size())).put(record.id(), record.bytes());
            moved.computeIfAbsent(target, journal -> new ArrayList<>()).add(record);
        }
        PendingRemovals fromSource = removals.get(source);
        batches.forEach((target, batch) -> {
            List<JournalMove.Record> copied = moved.get(target);
            CompletableFuture<Void> written = removals.get(target).writeAfterRemovals(batch);
            if (written.isCompletedExceptionally()) {
                placed.retry.addAll(copied); // the new journal's queue is full: this part again later
                return;
            }
            for (JournalMove.Record record : copied) {
                owners.put(record.id(), target);
            }
            placed.moved += copied.size();
            placed.copies.add(written.thenRun(() -> copied.forEach(record -> fromSource.add(record.id()))));
        });
        return placed;
    }

    /** Every record of {@code source} was placed: under the broker lock. */
    void sourceDone(Journal source) {
        moving.remove(source);
        Set<Long> kept = keptByLeaving.get(source);
        if (source == owners.fallback() && kept != null) {
            owners.forgetFallback(source, kept);
        }
    }

    /** The move is over (its copies are on disk): journals left empty close, the rest settles. */
    void moveDone(JournalMove done, List<Journal> sources) {
        for (Journal journal : sources) {
            Set<Long> kept = keptByLeaving.get(journal);
            if (kept != null && kept.isEmpty()) {
                retire(journal);
            }
        }
        underBrokerLock.accept(() -> {
            owners.stopTrackingFallbackRemovals();
            if (open.size() == 1) {
                owners.settle(open.get(0));
            }
        });
        move = null;
        writeInUse(false);
        LOG.info("{}", done.summary());
    }

    private boolean isConfigured(Journal journal) {
        return services.stream().anyMatch(service -> service.journal() == journal);
    }

    /**
     * A journal that left the configuration holds nothing any more: its last removals are
     * written, it closes and is forgotten. On the move's thread or the background one, never
     * under the broker lock (it waits for the disk).
     */
    private void retire(Journal journal) {
        boolean[] retiring = new boolean[1];
        underBrokerLock.accept(() -> {
            Set<Long> kept = keptByLeaving.get(journal);
            retiring[0] = kept != null && kept.isEmpty() && !isConfigured(journal) && open.remove(journal);
            if (retiring[0]) {
                keptByLeaving.remove(journal);
            }
        });
        if (!retiring[0]) {
            return; // retired already, named again by a reload, or given a message to keep meanwhile
        }
        writeBeforeClosing(removals.remove(journal));
        journal.close();
        writeInUse(move != null);
        LOG.info("journal {} left the configuration and holds no message any more: closed", journal.files().master());
    }

    private void writeInUse(boolean unsettled) {
        if (inUse == null) {
            return;
        }
        List<JournalsInUse.Entry> entries = new ArrayList<>();
        for (Journal journal : open) {
            String key = services.stream().filter(service -> service.journal() == journal).map(LoggingService::key).findFirst()
                    .orElse(null);
            entries.add(new JournalsInUse.Entry(key, journal.files()));
        }
        inUse.write(entries, unsettled);
    }

    @Override
    public void close() {
        JournalMove running = move;
        if (running != null) {
            running.stop();
        }
        for (PendingRemovals pending : removals.values()) {
            writeBeforeClosing(pending);
        }
        background.shutdownNow();
        for (Journal journal : open) {
            journal.close();
        }
        replayedBodies.forEach(JournalBodies::close);
    }

    /** The last removals go to the journal before it closes (it then waits for what it accepted). */
    private static void writeBeforeClosing(PendingRemovals pending) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pending.flush() != null && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(10); // the journal's queue is full: it drains at disk speed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
