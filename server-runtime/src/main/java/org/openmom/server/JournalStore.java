package org.openmom.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalException;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServiceUser;
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

    public JournalStore(List<LoggingService> services) {
        this.services = List.copyOf(services);
    }

    private Journal journalFor(Message message) {
        for (LoggingService service : services) {
            if (NamePattern.matches(service.key(), message.to().service())) {
                return service.journal();
            }
        }
        return null;
    }

    @Override
    public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
        Journal journal = services.size() == 1 ? services.get(0).journal() : journalOf.get(message.id());
        if (journal == null) {
            journal = journalFor(message);
            if (journal == null) {
                return CompletableFuture.completedFuture(null);
            }
            journalOf.put(message.id(), journal);
        }
        return journal.write(new JournalBatch(1).put(message.id(), MessageRecords.encode(message, targets)));
    }

    /** The fullest journal's. */
    @Override
    public double backlog() {
        double fullest = 0;
        for (LoggingService service : services) {
            fullest = Math.max(fullest, service.journal().backlog());
        }
        return fullest;
    }

    @Override
    public void remove(long messageId) {
        Journal journal = services.size() == 1 ? services.get(0).journal() : journalOf.remove(messageId);
        if (journal == null) {
            return;
        }
        journal.write(new JournalBatch(1).remove(messageId)).whenComplete((done, error) -> {
            if (error != null) {
                // the message stays in the journal: it is delivered again after a restart
                LOG.warn("could not mark message {} consumed in {}: {}", messageId, journal.files().master(), error.toString());
            }
        });
    }

    @Override
    public void replay(Replay replay) {
        for (LoggingService service : services) {
            List<Long> unreadable = new ArrayList<>();
            try {
                service.journal().forEachLive((id, record) -> {
                    try {
                        MessageRecords.decode(id, record, replay);
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
        for (LoggingService service : services) {
            service.journal().close();
        }
    }
}
