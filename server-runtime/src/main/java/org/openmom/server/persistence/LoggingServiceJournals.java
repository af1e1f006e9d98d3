package org.openmom.server.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmom.config.LoggingJournal;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalException;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.server.persistence.JournalStore.LoggingService;
import org.openmom.transport.AfterLoopIteration;

/**
 * The journals of a configuration's Logging Services, opened at start or for a reload, and at
 * start those that left the configuration but may still hold messages ({@link JournalsInUse}).
 */
public final class LoggingServiceJournals {
    /** The Logging Services, and which of their journals this call opened (the others were open already). */
    public record Opened(List<LoggingService> services, List<Journal> newlyOpened) {
        /** Undoes the opening: the reload that wanted them is refused. */
        public void closeNew() {
            newlyOpened.forEach(Journal::close);
        }
    }

    private LoggingServiceJournals() {}

    /**
     * Opens the journal of each declared Logging Service, or takes it from {@code running} when
     * that store has it open already (a reload).
     *
     * @param base    what relative paths are relative to (the configuration file)
     * @param running the store of the running server, or null at start
     * @throws IllegalArgumentException (a reload) a running journal's mirrors change, or a new
     *                                  journal holds messages that the server did not load
     */
    public static Opened open(List<LoggingJournal> declared, Path base, JournalStore running) throws JournalException, IOException {
        List<LoggingService> services = new ArrayList<>();
        List<Journal> newlyOpened = new ArrayList<>();
        try {
            for (LoggingJournal declaration : declared) {
                JournalFiles files = new JournalFiles(declaration.masterPath(base), declaration.mirrorPaths(base));
                Journal journal = running == null ? null : running.openJournal(files);
                if (journal == null) {
                    if (running != null) {
                        refuseMirrorChange(running, files);
                    }
                    journal = openFiles(files);
                    newlyOpened.add(journal);
                    if (running != null) {
                        refuseUnloadedMessages(journal);
                    }
                }
                services.add(new LoggingService(declaration.key(), journal));
            }
        } catch (JournalException | IOException | RuntimeException e) {
            newlyOpened.forEach(Journal::close);
            throw e;
        }
        return new Opened(List.copyOf(services), List.copyOf(newlyOpened));
    }

    /**
     * The journals the server had open last time that the configuration no longer names and
     * whose files are still there: they may hold confirmed messages, so they are opened again.
     *
     * @throws JournalException with the file and the fix when one cannot be opened
     */
    public static List<Journal> openLeaving(JournalsInUse.Written lastTime, List<LoggingService> configured)
            throws JournalException, IOException {
        List<Journal> leaving = new ArrayList<>();
        try {
            for (JournalsInUse.Entry entry : lastTime.entries()) {
                boolean configuredNow = configured.stream().anyMatch(service -> service.journal().files().master()
                        .equals(entry.files().master()));
                if (!configuredNow && Files.exists(entry.files().master())) {
                    leaving.add(openFiles(entry.files()));
                }
            }
        } catch (JournalException | IOException | RuntimeException e) {
            leaving.forEach(Journal::close);
            throw e;
        }
        return leaving;
    }

    /** Whether the journals configured now are those, under those Keys, that the server had last time. */
    public static boolean sameAsLastTime(JournalsInUse.Written lastTime, List<LoggingService> configured) {
        if (lastTime.entries().isEmpty()) {
            return true; // a first start, or a server of a version that did not write the file down
        }
        Set<JournalsInUse.Entry> now = configured.stream()
                .map(service -> new JournalsInUse.Entry(service.key(), service.journal().files())).collect(Collectors.toSet());
        return !lastTime.moving() && Set.copyOf(lastTime.entries()).equals(now);
    }

    private static Journal openFiles(JournalFiles files) throws JournalException, IOException {
        Files.createDirectories(files.master().getParent());
        // the event loop that read a persistent message commits it when the writer has nothing to do
        Journal journal = Journal.open(files, JournalOptions.defaults(), AfterLoopIteration::run);
        ownerOnly(files.master());
        for (Path mirror : files.mirrors()) {
            ownerOnly(mirror);
        }
        return journal;
    }

    /** The same master opened twice would be locked against itself; new mirrors are made by a start. */
    private static void refuseMirrorChange(JournalStore running, JournalFiles files) {
        for (LoggingService service : running.services()) {
            JournalFiles now = service.journal().files();
            if (now.master().equals(files.master())) {
                throw new IllegalArgumentException("the mirrors of journal " + files.master() + " change (now " + now.mirrors().size()
                        + ", new " + files.mirrors().size() + "): a running server cannot add or drop a mirror of an open journal"
                        + " — restart the server with the new file (it rebuilds the new mirrors from the master)");
            }
        }
    }

    /** A reload cannot load messages into the running broker: a journal that holds some is refused. */
    private static void refuseUnloadedMessages(Journal journal) throws JournalException {
        int held = journal.liveIds().length;
        if (held > 0) {
            throw new IllegalArgumentException("journal " + journal.files().master() + " already holds " + held
                    + " messages that this server did not load — name another file for the Logging Service, or restart the"
                    + " server with this configuration to deliver them");
        }
    }

    /**
     * A journal holds the persistent messages of services: readable by the server's owner only,
     * however the process's umask made it (the journal's own files are created with it).
     */
    private static void ownerOnly(Path journalFile) throws IOException {
        if (Files.exists(journalFile) && Files.getFileAttributeView(journalFile, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(journalFile, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
