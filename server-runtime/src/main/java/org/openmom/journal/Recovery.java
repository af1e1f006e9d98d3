package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Opens the files of a journal after a clean close or a crash and makes them consistent: picks
 * the best copy among master and mirrors, patches damaged ranges from an intact mirror, cuts a torn
 * tail, rebuilds missing or stale mirrors, and replays the master into a {@link LiveIndex}. Every
 * change is one line of the report.
 */
final class Recovery {

    /** What an open journal starts from. */
    /** @param created the journal did not exist: its report says so, and nothing was repaired */
    record Recovered(JournalChannels channels, LiveIndex index, long end, long generation,
                     boolean damageRemains, List<String> report, boolean created) {
    }

    private static final String[] TEMPORARY_PURPOSES = {"repairing", "creating", "compacting"};

    private final JournalFiles files;
    private final List<String> report = new ArrayList<>();

    private Recovery(JournalFiles files) {
        this.files = files;
    }

    static Recovered recover(JournalFiles files) throws JournalException {
        return new Recovery(files).run();
    }

    private Recovered run() throws JournalException {
        List<Path> paths = files.all();
        prepareFolders(paths);
        LiveIndex index = new LiveIndex();
        List<ScanResult> scans = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            scans.add(scan(paths.get(i), i == 0 ? index : null));
        }
        for (ScanResult scan : scans) {
            if (scan.header().status() == JournalFormat.HeaderStatus.NEWER_VERSION) {
                throw new JournalException("journal file " + scan.path() + " has format version "
                        + scan.header().version() + " but this OpenMOM reads up to version " + JournalFormat.FORMAT_VERSION
                        + "; fix: run a newer OpenMOM or restore the file from a backup");
            }
        }
        Optional<ScanResult> best = scans.stream().filter(ScanResult::usable).min(preference(paths));
        if (best.isEmpty()) {
            return createNew(scans);
        }
        ScanResult firstMasterScan = scans.get(0);
        ScanResult base = patchDamage(best.get(), scans);
        ScanResult master = firstMasterScan;
        if (!base.path().equals(files.master())) {
            setAsideIfUnreadable(master);
            copy(base, files.master());
            report.add("journal " + files.master() + " repaired from mirror " + base.path() + " (master was "
                    + describeProblem(master, base) + ")");
            index = new LiveIndex();
            master = scan(files.master(), index);
        } else if (base != firstMasterScan) {
            index = new LiveIndex();
            master = scan(files.master(), index);
        }
        if (master.bytesAfterEnd() > 0) {
            // preallocated zeros left by a crash are dropped silently: they never held data
            truncate(files.master(), master.validEnd());
        }
        if (master.tornTailBytes() > 0) {
            report.add("journal " + files.master() + ": cut off a torn last batch at offset " + master.validEnd()
                    + " (" + master.tornTailBytes() + " bytes): a write interrupted by a crash, never confirmed");
        }
        for (ScanResult.DamagedRange range : master.damaged()) {
            report.add("journal " + files.master() + ": bytes " + range.start() + ".." + range.end() + " ("
                    + range.length() + " bytes) are damaged (checksum mismatch) and no mirror has them intact; "
                    + "the batches in them are lost, the " + range.recordsAfter() + " intact batches after them are kept");
        }
        for (int i = 1; i < paths.size(); i++) {
            alignMirror(scans.get(i), master);
        }
        return new Recovered(openAll(paths), index, master.validEnd(), master.generation(),
                !master.damaged().isEmpty(), List.copyOf(report), false);
    }

    /**
     * Newest generation first (an interrupted compaction leaves older copies), then longest (a
     * shorter copy misses batches, perhaps confirmed ones if it is a stale file; damage in a longer
     * one is patched from the others), then undamaged, then the master.
     */
    private static Comparator<ScanResult> preference(List<Path> paths) {
        return Comparator.comparingLong(ScanResult::generation).reversed()
                .thenComparing(Comparator.comparingLong(ScanResult::validEnd).reversed())
                .thenComparing(scan -> !scan.clean())
                .thenComparingInt(scan -> paths.indexOf(scan.path()));
    }

    private void prepareFolders(List<Path> paths) throws JournalException {
        for (Path path : paths) {
            try {
                Files.createDirectories(path.getParent());
                for (String purpose : TEMPORARY_PURPOSES) {
                    Files.deleteIfExists(FileOps.temporaryFor(path, purpose));
                }
            } catch (IOException e) {
                throw failure(path, e);
            }
        }
    }

    private ScanResult scan(Path path, RecordScanner.OpVisitor visitor) throws JournalException {
        if (!Files.exists(path)) {
            return ScanResult.withoutRecords(path, new JournalFormat.Header(JournalFormat.HeaderStatus.MISSING, 0, 0), 0);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return RecordScanner.scan(path, channel, visitor);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** Copies ranges the base lost from another copy of the same generation that has them intact. */
    private ScanResult patchDamage(ScanResult base, List<ScanResult> scans) throws JournalException {
        if (base.damaged().isEmpty()) {
            return base;
        }
        boolean patched = false;
        for (ScanResult.DamagedRange range : base.damaged()) {
            for (ScanResult donor : scans) {
                if (donor != base && donor.usable() && donor.generation() == base.generation() && covers(donor, range)) {
                    patch(donor.path(), base.path(), range);
                    report.add("journal " + base.path() + ": damaged bytes " + range.start() + ".." + range.end()
                            + " restored from " + donor.path());
                    patched = true;
                    break;
                }
            }
        }
        if (!patched) {
            return base;
        }
        ScanResult rescanned = scan(base.path(), null);
        scans.set(scans.indexOf(base), rescanned);
        return rescanned;
    }

    private static boolean covers(ScanResult donor, ScanResult.DamagedRange range) {
        if (donor.validEnd() < range.end()) {
            return false;
        }
        for (ScanResult.DamagedRange own : donor.damaged()) {
            if (own.start() < range.end() && range.start() < own.end()) {
                return false;
            }
        }
        return true;
    }

    private void patch(Path donor, Path target, ScanResult.DamagedRange range) throws JournalException {
        try (FileChannel in = FileChannel.open(donor, StandardOpenOption.READ);
             FileChannel out = FileOps.openReadWrite(target)) {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(range.length(), 1 << 20));
            long done = 0;
            while (done < range.length()) {
                bytes.clear().limit((int) Math.min(bytes.capacity(), range.length() - done));
                while (bytes.hasRemaining()) {
                    if (in.read(bytes, range.start() + done + bytes.position()) < 0) {
                        throw new IOException("mirror ended while copying");
                    }
                }
                bytes.flip();
                FileOps.writeFully(out, bytes, range.start() + done);
                done += bytes.limit();
            }
            out.force(false);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private void alignMirror(ScanResult mirror, ScanResult master) throws JournalException {
        boolean sameContent = mirror.usable() && mirror.generation() == master.generation()
                && mirror.validEnd() == master.validEnd() && mirror.records() == master.records()
                && mirror.lastCrc() == master.lastCrc() && mirror.damaged().equals(master.damaged());
        if (sameContent) {
            if (mirror.bytesAfterEnd() > 0) {
                truncate(mirror.path(), mirror.validEnd());
            }
            if (mirror.tornTailBytes() > 0) {
                report.add("journal mirror " + mirror.path() + ": cut off a torn last batch at offset "
                        + mirror.validEnd() + " (" + mirror.tornTailBytes() + " bytes)");
            }
            return;
        }
        setAsideIfUnreadable(mirror);
        copy(master, mirror.path());
        report.add("journal mirror " + mirror.path() + " rebuilt from " + master.path() + " (mirror was "
                + describeProblem(mirror, master) + ")");
    }

    private static String describeProblem(ScanResult scan, ScanResult reference) {
        switch (scan.header().status()) {
            case MISSING:
                return "missing";
            case UNFINISHED:
                return "empty";
            case NOT_A_JOURNAL:
                return "not a journal file";
            case CORRUPT:
                return "damaged in its header";
            default:
                break;
        }
        if (scan.generation() != reference.generation()) {
            return "left behind by an interrupted compaction";
        }
        if (!scan.damaged().isEmpty()) {
            StringBuilder ranges = new StringBuilder("damaged in bytes ");
            for (ScanResult.DamagedRange range : scan.damaged()) {
                if (ranges.length() > "damaged in bytes ".length()) {
                    ranges.append(", ");
                }
                ranges.append(range.start()).append("..").append(range.end());
            }
            return ranges.toString();
        }
        if (scan.validEnd() < reference.validEnd()) {
            return (reference.validEnd() - scan.validEnd()) + " bytes behind";
        }
        return "different";
    }

    /** Keeps a file we cannot read as {@code <name>.damaged} instead of overwriting it: it may not
     *  be ours, or someone may want to look at it. */
    private void setAsideIfUnreadable(ScanResult scan) throws JournalException {
        JournalFormat.HeaderStatus status = scan.header().status();
        if (status == JournalFormat.HeaderStatus.NOT_A_JOURNAL || status == JournalFormat.HeaderStatus.CORRUPT) {
            Path aside = FileOps.temporaryFor(scan.path(), "damaged");
            try {
                Files.move(scan.path(), aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw failure(scan.path(), e);
            }
            report.add("journal file " + scan.path() + " was unreadable, kept as " + aside);
        }
    }

    private void copy(ScanResult source, Path target) throws JournalException {
        try {
            FileOps.copyAtomically(source.path(), source.validEnd(), target);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static void truncate(Path path, long size) throws JournalException {
        try (FileChannel channel = FileOps.openReadWrite(path)) {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private Recovered createNew(List<ScanResult> scans) throws JournalException {
        for (ScanResult scan : scans) {
            JournalFormat.HeaderStatus status = scan.header().status();
            if (status == JournalFormat.HeaderStatus.NOT_A_JOURNAL) {
                throw new JournalException("file " + scan.path() + " is not an OpenMOM journal; fix: point the "
                        + "LoggingService to another file, or move this one away");
            }
            if (status == JournalFormat.HeaderStatus.CORRUPT) {
                throw new JournalException("journal file " + scan.path() + " has a damaged header and no intact "
                        + "mirror; fix: restore it from a backup, or move it away to start an empty journal");
            }
        }
        for (ScanResult scan : scans) {
            try {
                FileOps.createEmptyJournal(scan.path(), 0);
            } catch (IOException e) {
                throw failure(scan.path(), e);
            }
        }
        boolean created = scans.get(0).header().status() == JournalFormat.HeaderStatus.MISSING;
        if (created) {
            report.add("journal " + files.master() + " created" + (files.mirrors().isEmpty() ? ""
                    : " with mirrors " + files.mirrors()));
        } else {
            report.add("journal " + files.master() + " was empty (interrupted creation), started afresh");
        }
        return new Recovered(openAll(files.all()), new LiveIndex(), JournalFormat.FILE_HEADER_BYTES, 0, false,
                List.copyOf(report), created && report.size() == 1);
    }

    private static JournalChannels openAll(List<Path> paths) throws JournalException {
        List<FileChannel> channels = new ArrayList<>();
        for (Path path : paths) {
            try {
                channels.add(FileOps.openReadWrite(path));
            } catch (IOException e) {
                for (FileChannel channel : channels) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // already failing
                    }
                }
                throw failure(path, e);
            }
        }
        return new JournalChannels(paths, channels);
    }

    static JournalException failure(Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new JournalException("cannot open journal file " + path + ": permission denied; fix: let the "
                    + "server's user read and write the file and its folder", e);
        }
        return new JournalException("cannot open journal file " + path + ": " + e.getMessage()
                + "; fix: check that the path names a file (not a folder) on a mounted, writable disk", e);
    }
}
