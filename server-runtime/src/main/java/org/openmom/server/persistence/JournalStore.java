package org.openmom.server.persistence;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openmom.journal.DiskTrouble;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalException;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServiceUser;
import org.openmom.server.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent messages kept by the logging services: one {@link Journal} per logging service
 * key (a service name or {@code *}), the first key matching the message's service in file order.
 * A message that no key matches is not logged.
 */
public final class JournalStore implements MessageStore {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStore.class);

    /** A logging service: which services it logs, and its journal. */
    public record LoggingService(String key, Journal journal) {}

    private final List<LoggingService> services;
    /** Which journal holds each live message, when there are several (guarded by the broker lock). */
    private final Map<Long, Journal> journalOf = new HashMap<>();
    private final Map<Journal, PendingRemovals> removals = new IdentityHashMap<>();
    /** Writes gathered removals a moment after they came, and again while a journal is overloaded. */
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "journal-removals");
        thread.setDaemon(true);
        return thread;
    });

    public JournalStore(List<LoggingService> services) {
        this.services = List.copyOf(services);
        for (LoggingService service : this.services) {
            removals.computeIfAbsent(service.journal(), journal -> new PendingRemovals(journal, background));
        }
    }

    /**
     * The journal of the most specific Key matching the message's service: a Key without
     * wildcard before any pattern, then the pattern with the most characters written out
     * ({@code CHAT*} before {@code C*} before {@code *}); among equals, the first declared.
     */
    private Journal journalFor(Message message) {
        LoggingService chosen = null;
        for (LoggingService service : services) {
            if (NamePattern.matches(service.key(), message.to().service())
                    && (chosen == null || specificity(service.key()) > specificity(chosen.key()))) {
                chosen = service;
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
        return save(message, targets, false);
    }

    @Override
    public CompletableFuture<Void> saveNew(Message message, List<ServiceUser> targets) {
        return save(message, targets, true);
    }

    private CompletableFuture<Void> save(Message message, List<ServiceUser> targets, boolean isNew) {
        Journal journal = services.size() == 1 ? services.get(0).journal() : journalOf.get(message.id());
        if (journal == null) {
            journal = journalFor(message);
            if (journal == null) {
                return CompletableFuture.completedFuture(null);
            }
            journalOf.put(message.id(), journal);
        }
        JournalBatch batch = new JournalBatch(1).put(message.id(), MessageRecords.payload(message, targets));
        return removals.get(journal).writeAfterRemovals(isNew ? batch.refusedWhileDiskFails() : batch);
    }

    @Override
    public String refusal(Message message) {
        Journal journal = services.size() == 1 ? services.get(0).journal() : journalFor(message);
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
        for (LoggingService service : services) {
            service.journal().diskTrouble().ifPresent(trouble -> troubles.add(describe(service.journal(), trouble)));
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
        for (int i = 0; i < services.size(); i++) {
            fullest = Math.max(fullest, services.get(i).journal().backlog());
        }
        return fullest;
    }

    @Override
    public void remove(long messageId) {
        Journal journal = services.size() == 1 ? services.get(0).journal() : journalOf.remove(messageId);
        if (journal == null) {
            return;
        }
        removals.get(journal).add(messageId);
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
        for (LoggingService service : services) {
            List<Long> unreadable = new ArrayList<>();
            ReplayedNames names = new ReplayedNames();
            try {
                service.journal().forEachLive((id, record) -> {
                    try {
                        MessageRecords.decode(id, record, names, replay);
                        if (services.size() > 1) {
                            journalOf.put(id, service.journal());
                        }
                    } catch (IOException e) {
                        unreadable.add(id);
                    }
                });
            } catch (JournalException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (!unreadable.isEmpty()) {
                LOG.warn("{}: {} records are not messages of this version and were skipped (first id {})",
                        service.journal().files().master(), unreadable.size(), unreadable.get(0));
            }
        }
    }

    @Override
    public void close() {
        for (PendingRemovals pending : removals.values()) {
            writeBeforeClosing(pending);
        }
        background.shutdownNow();
        for (LoggingService service : services) {
            service.journal().close();
        }
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
