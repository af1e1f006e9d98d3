package org.openmom.server.assembly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openmom.config.ServerConfiguration;
import org.openmom.journal.JournalException;
import org.openmom.server.persistence.JournalStore;
import org.openmom.server.persistence.LoggingServiceJournals;
import org.openmom.server.persistence.LoggingServiceJournals.Opened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Logging Services' part of a reload: the journals of the new configuration are opened
 * before anything changes (a problem refuses the reload), then the store takes them and moves
 * the messages it keeps to the journal of their Key (docs/administration.md, "Changing the Logging
 * Services").
 */
final class JournalReload {
    private static final Logger LOG = LoggerFactory.getLogger(JournalReload.class);

    private final JournalStore store;
    private final Path base;
    /** Started without a configuration file: a configuration that declares no Logging Service keeps the default journal. */
    private final boolean keepsDefaultJournal;

    JournalReload(JournalStore store, Path base, boolean keepsDefaultJournal) {
        this.store = store;
        this.base = base;
        this.keepsDefaultJournal = keepsDefaultJournal;
    }

    /**
     * Opens what {@code next} needs that is not open yet.
     *
     * @throws IllegalArgumentException with the problem and "nothing changed"
     */
    Opened prepare(ServerConfiguration next) {
        try {
            store.refuseWhileMoving();
            if (keepsDefaultJournal && next.loggingJournals().isEmpty()) {
                return new Opened(store.services(), List.of());
            }
            return LoggingServiceJournals.open(next.loggingJournals(), base, store);
        } catch (JournalException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (nothing changed)");
        }
    }

    /** The new Logging Services take over; their messages move in the background. */
    void apply(Opened opened) {
        if (opened.services().isEmpty() && !store.services().isEmpty()) {
            LOG.warn("the configuration declares no LoggingService any more: new persistent messages are kept in memory only;"
                    + " those kept so far stay in their journals until they are acknowledged");
        }
        store.change(opened.services());
    }
}
