package org.openmom.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import org.openmom.model.ByteSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page files: where the bodies of waiting persistent seeds go once those in memory pass the
 * server mailbox's budget (docs/performance.md, "Paging"), so that a backlog for an absent service
 * is bounded by the disk, not the heap. A page file is a cache, not a store: the journal holds every
 * persistent message and is what a restart reads; the page files are emptied at start and deleted
 * at close, and are never forced to the disk. A restart pages nothing: the bodies of the seeds it
 * replays beyond the budget are read back from the journal ({@link PageRef} of a {@link StoredBodies}).
 *
 * <p><b>No I/O under the broker lock.</b> {@link #write} copies a body into an in-memory buffer
 * (under the broker lock); a full buffer is written to its segment file by the pager thread, which
 * also creates the next segment file ahead and deletes those no longer needed (a file created or
 * deleted under the lock stopped every other operation for milliseconds on a busy disk), and
 * hands the arrays of written buffers back for the next ones (a 4 MiB array allocated under the
 * lock may start a garbage collection there). A body
 * whose buffer is not written yet is read from memory ({@link #inMemory}); one on disk is read by
 * the caller without the broker lock (the hand-off thread). The bytes of bodies not written yet
 * count against the memory bound, and a buffer is a 64th of that bound (64 KiB to 4 MiB), so that
 * a small bound is not filled by one buffer. A segment file holds {@value #BUFFERS_PER_SEGMENT}
 * buffers and is deleted once none of its bodies is needed any more: a backlog drained oldest first frees its
 * disk as it goes. Past the disk quota, or when a page file cannot be written, no more bodies are
 * paged (they stay in memory, where the memory bound limits them, and {@link #refusal} says why).
 *
 * <p>The small state shared with the pager thread is guarded by this object's monitor, a leaf lock
 * in the lock order of {@link Broker}.
 */
public final class SeedPages implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SeedPages.class);
    /** The body of a stub: its bytes are in a page file or left in the store (compared by identity). */
    static final byte[] PAGED = MessageStore.BODY_ELSEWHERE;
    private static final int MIN_BUFFER = 64 << 10;
    private static final int MAX_BUFFER = 4 << 20;
    static final int BUFFERS_PER_SEGMENT = 16;
    /** While replaying the journal at start, full buffers waiting for the pager at most (the replay waits beyond). */
    private static final int MAX_UNWRITTEN_AT_START = 4;
    /** The quota of page files when none is set: far more than a default heap could hold. */
    public static final long DEFAULT_QUOTA = 64L << 30;

    /** Pages nothing: every seed stays in memory (tests of the core, and servers without a data folder). */
    public static final SeedPages NONE = new SeedPages();

    /** Where one body is: its buffer and its place in it, or its place in the store's file (a replayed seed). */
    static final class PageRef {
        /** Null for a body in the store. */
        final Buffer buffer;
        final int at;
        final int length;
        /** Null for a body in a page buffer. */
        final StoredBodies stored;
        final long storedAt;
        /** Waiting copies of the seed (one per target) sharing this body. */
        int copies = 1;

        PageRef(Buffer buffer, int at, int length) {
            this.buffer = buffer;
            this.at = at;
            this.length = length;
            this.stored = null;
            this.storedAt = 0;
        }

        /** The body at {@code storedAt} of {@code stored}, which this retains until {@link #release}d. */
        PageRef(StoredBodies stored, long storedAt, int length) {
            this.buffer = null;
            this.at = 0;
            this.length = length;
            this.stored = stored;
            this.storedAt = storedAt;
            stored.retain();
        }
    }

    /** Part of a segment file, filled in memory, then written by the pager thread. */
    static final class Buffer {
        final Segment segment;
        final long offset;
        /** Null once written to the file (guarded by the monitor). */
        byte[] bytes;
        int used;

        Buffer(Segment segment, long offset, byte[] bytes) {
            this.segment = segment;
            this.offset = offset;
            this.bytes = bytes;
        }
    }

    /** One page file. */
    static final class Segment {
        final Path file;
        final FileChannel channel;
        final long capacity;
        long end;
        /** Bodies in it that a waiting seed still needs. */
        long live;
        /** Buffers of it not written yet. */
        int unwritten;

        Segment(Path file, long capacity) throws IOException {
            this.file = file;
            this.capacity = capacity;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
    }

    private final Path folder;
    private final String prefix;
    private volatile long quota = DEFAULT_QUOTA;
    /** Bytes of waiting seeds kept whole in memory before their bodies are paged; -1 for an eighth of the memory bound. */
    private volatile long threshold = -1;
    private int bufferBytes = MAX_BUFFER;
    /** The pager thread's work, in order: writing full buffers, creating the spare segment, deleting retired ones. */
    private final LinkedBlockingQueue<Runnable> pagerJobs = new LinkedBlockingQueue<>();
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    private final Thread pager;
    private Segment current;
    private Buffer filling;
    /** Full buffers handed to the pager, not written yet. */
    private int unwrittenBuffers;
    /** The next segment's file, created ahead by the pager (null until it has). */
    private Segment spare;
    private boolean spareRequested;
    /** Segments no body is needed of, for the pager to delete (close() deletes those it did not reach). */
    private final ArrayDeque<Segment> retired = new ArrayDeque<>();
    /** Arrays for the next buffers: those of written buffers, and those the pager made ahead. */
    private final ArrayDeque<byte[]> freeArrays = new ArrayDeque<>();
    private static final int MAX_FREE_ARRAYS = 2;
    /** Arrays the pager was asked to make and has not yet. */
    private int arraysOrdered;
    private int nextSegment;
    private long diskBytes;
    /** Bytes of bodies in buffers not written yet: in memory, so counted against the memory bound ({@link HeldMemory}). */
    private volatile long unwrittenBytes;
    /** Why nothing more is paged (a page file could not be written), or null. */
    private String broken;
    private boolean closed;

    private SeedPages() {
        this.folder = null;
        this.prefix = null;
        this.pager = null;
        this.broken = "paging is off";
    }

    private SeedPages(Path folder, String prefix) {
        this.folder = folder;
        this.prefix = prefix;
        this.pager = new Thread(this::runJobs, "openmom-pager");
        pager.setDaemon(true);
        pager.start();
    }

    /**
     * Page files named {@code prefix.N.page} in {@code folder}; those a previous run left are
     * deleted (the journal holds their messages).
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static SeedPages in(Path folder, String prefix) {
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                String name = file.getFileName().toString();
                if (isPageFile(name, prefix)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the page files in " + folder + ": " + e.getMessage(), e);
        }
        return new SeedPages(folder, prefix);
    }

    /** Whether {@code name} is one of the page files of {@code prefix} (not those of a server whose name it begins). */
    private static boolean isPageFile(String name, String prefix) {
        String number = name.startsWith(prefix + ".") && name.endsWith(".page")
                ? name.substring(prefix.length() + 1, name.length() - ".page".length()) : "";
        return !number.isEmpty() && number.chars().allMatch(Character::isDigit);
    }

    /** Bytes the page files may take; past it no more bodies are paged and new seeds that would wait are refused. */
    public synchronized void setQuota(long bytes) {
        quota = Math.max(0, bytes);
    }

    /** Sets the bytes of waiting seeds kept whole in memory; beyond, their bodies are paged. */
    public void setThreshold(long bytes) {
        threshold = Math.max(0, bytes);
    }

    /**
     * The bytes of waiting seeds kept whole in memory under this memory bound: an eighth of it, so
     * that the stubs of a large backlog still fit under the three quarters where senders slow down.
     */
    long threshold(long memoryBound) {
        return threshold < 0 ? memoryBound / 8 : threshold;
    }

    /** Sizes the next buffers for this memory bound: a 64th of it, 64 KiB to 4 MiB. */
    public synchronized void fitTo(long memoryBound) {
        bufferBytes = (int) Math.max(MIN_BUFFER, Math.min(MAX_BUFFER, memoryBound / 64));
    }

    /**
     * Copies {@code body} into the page buffer; null when it cannot be paged (the quota reached, a
     * page file failed). The bodies the pager has not written yet count against the memory bound,
     * so a pager behind the posts slows the senders down. With {@code mayWait} (replay at start,
     * no lock held) the caller waits for the pager instead.
     */
    synchronized PageRef write(byte[] body, boolean mayWait) {
        if (broken != null || closed) {
            return null;
        }
        if (filling == null || filling.used + body.length > filling.bytes.length) {
            while (mayWait && unwrittenBuffers >= MAX_UNWRITTEN_AT_START && broken == null) {
                if (!awaitPager()) {
                    return null;
                }
            }
            if (!startBuffer(bufferSizeFor(body.length))) {
                return null;
            }
        }
        Buffer buffer = filling;
        System.arraycopy(body, 0, buffer.bytes, buffer.used, body.length);
        PageRef ref = new PageRef(buffer, buffer.used, body.length);
        buffer.used += body.length;
        buffer.segment.live++;
        unwrittenBytes += body.length;
        return ref;
    }

    private boolean awaitPager() {
        try {
            wait(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The size of the next buffer, for a body of {@code bodyLength}: a full buffer when an array
     * for one is ready, else a small one. A post (under the broker lock) never allocates a full
     * buffer's array: zeroing 4 MiB there ran 1–4 ms of the post's CPU time (W7, measured) while
     * the pager, short of the cores, had not yet written a buffer out to give its array back. The
     * pager makes the full ones ahead instead ({@link #orderArrays}).
     */
    private int bufferSizeFor(int bodyLength) {
        if (bodyLength > bufferBytes) {
            return bodyLength;
        }
        return freeArrays.isEmpty() ? Math.max(MIN_BUFFER, bodyLength) : bufferBytes;
    }

    /** Hands the full buffer to the pager and starts one of {@code size} bytes, in a new segment when this one is full. */
    private boolean startBuffer(int size) {
        seal();
        if (current == null || current.end + size > current.capacity) {
            long capacity = Math.max((long) BUFFERS_PER_SEGMENT * bufferBytes, size);
            if (diskBytes + capacity > quota) {
                return false;
            }
            if (spare != null && spare.capacity >= capacity) {
                current = spare;
                spare = null;
            } else { // the pager has not created one yet (the first segment), or a body larger than a segment
                try {
                    current = new Segment(nextSegmentFile(), capacity);
                } catch (IOException e) {
                    brokenBy("cannot create a page file in " + folder + ": " + e.getMessage());
                    return false;
                }
            }
            segments.add(current);
            diskBytes += current.capacity;
            requestSpare();
        }
        byte[] bytes = size == bufferBytes && !freeArrays.isEmpty() ? freeArrays.poll() : new byte[size];
        orderArrays();
        filling = new Buffer(current, current.end, bytes);
        current.end += size;
        current.unwritten++;
        return true;
    }

    private Path nextSegmentFile() {
        return folder.resolve(prefix + "." + nextSegment++ + ".page");
    }

    private void seal() {
        if (filling != null) {
            Buffer full = filling;
            filling = null;
            unwrittenBuffers++;
            pagerJobs.add(() -> writeBuffer(full));
        }
    }

    /** Asks the pager for the arrays of the next full buffers, those that neither are ready nor ordered. */
    private void orderArrays() {
        for (int missing = MAX_FREE_ARRAYS - freeArrays.size() - arraysOrdered; missing > 0; missing--) {
            arraysOrdered++;
            int size = bufferBytes;
            pagerJobs.add(() -> makeArray(size));
        }
    }

    /** The pager thread: allocates an array for a full buffer, outside the monitor and the broker lock. */
    private void makeArray(int size) {
        byte[] made = new byte[size];
        synchronized (this) {
            arraysOrdered--;
            if (!closed && size == bufferBytes && freeArrays.size() < MAX_FREE_ARRAYS) {
                freeArrays.add(made);
            }
        }
    }

    /** Arrays ready for the next full buffers (for the tests). */
    synchronized int arraysReady() {
        return freeArrays.size();
    }

    /** Asks the pager for the next segment file, of the size segments have now. */
    private void requestSpare() {
        if (spare == null && !spareRequested) {
            spareRequested = true;
            Path file = nextSegmentFile();
            long capacity = (long) BUFFERS_PER_SEGMENT * bufferBytes;
            pagerJobs.add(() -> createSpare(file, capacity));
        }
    }

    /** The pager thread: creates the spare segment's file. */
    private void createSpare(Path file, long capacity) {
        Segment created;
        try {
            created = new Segment(file, capacity);
        } catch (IOException e) {
            synchronized (this) {
                spareRequested = false; // the broker's own attempt, when it needs one, says why it cannot
            }
            return;
        }
        synchronized (this) {
            spareRequested = false;
            if (!closed && spare == null && !segments.isEmpty()) {
                spare = created;
                return;
            }
        }
        delete(created); // closed meanwhile (close() did not see it), or the backlog drained meanwhile
    }

    /** Bytes of bodies in page buffers, not written yet. */
    long unwrittenBytes() {
        return unwrittenBytes;
    }

    /** Whether the body is still in memory (a buffer not written yet): reading it does no I/O. */
    synchronized boolean inMemory(PageRef ref) {
        return ref.buffer != null && ref.buffer.bytes != null;
    }

    /**
     * The body; from the file when its buffer was written (call it without the broker lock then,
     * unless {@link #inMemory} said it is in memory: it may have been written since, and is then
     * read back from the page cache).
     */
    byte[] read(PageRef ref) throws IOException {
        if (ref.stored != null) {
            return ref.stored.read(ref.storedAt, ref.length);
        }
        byte[] body = new byte[ref.length];
        synchronized (this) {
            if (ref.buffer.bytes != null) {
                System.arraycopy(ref.buffer.bytes, ref.at, body, 0, ref.length);
                return body;
            }
        }
        ByteBuffer target = ByteBuffer.wrap(body);
        long position = ref.buffer.offset + ref.at;
        while (target.hasRemaining()) {
            if (ref.buffer.segment.channel.read(target, position + target.position()) < 0) {
                throw new IOException("page file " + ref.buffer.segment.file + " ends before the body at " + position);
            }
        }
        return body;
    }

    /** The most bytes one read of neighbouring stored bodies takes (a chunk of a backlog is 250 of them). */
    private static final int MAX_RUN = 1 << 20;
    /** Bytes between two stored bodies read over rather than apart: record headers, a few records no longer needed. */
    private static final int MAX_GAP = 4 << 10;

    /**
     * The bodies of {@code refs} in order (null for a null ref), those left in the store one
     * shortly after the other read with one read: a hand-off takes a chunk of a replayed backlog,
     * which lies mostly in one stretch of the journal, and a read per body cost a drain of a
     * million a million system calls. Call it without the broker lock.
     */
    byte[][] readAll(List<PageRef> refs) throws IOException {
        byte[][] bodies = new byte[refs.size()][];
        int next = 0;
        while (next < refs.size()) {
            PageRef first = refs.get(next);
            if (first == null || first.stored == null) {
                bodies[next] = first == null ? null : read(first);
                next++;
                continue;
            }
            int last = next;
            long end = first.storedAt + first.length;
            for (int i = next + 1; i < refs.size(); i++) {
                PageRef ref = refs.get(i);
                if (ref == null) {
                    continue; // a seed kept whole: nothing to read
                }
                if (!follows(ref, first, end)) {
                    break;
                }
                last = i;
                end = ref.storedAt + ref.length;
            }
            byte[] run = first.stored.read(first.storedAt, (int) (end - first.storedAt));
            for (int i = next; i <= last; i++) {
                PageRef ref = refs.get(i);
                if (ref != null) {
                    int at = (int) (ref.storedAt - first.storedAt);
                    bodies[i] = Arrays.copyOfRange(run, at, at + ref.length);
                }
            }
            next = last + 1;
        }
        return bodies;
    }

    /** Whether stored body {@code ref} lies in the store of {@code first} shortly after {@code end}, within one run. */
    private static boolean follows(PageRef ref, PageRef first, long end) {
        return ref.stored == first.stored && ref.storedAt >= end && ref.storedAt - end <= MAX_GAP
                && ref.storedAt + ref.length - first.storedAt <= MAX_RUN;
    }

    /** No waiting seed needs the body any more: its segment goes once it holds none that is needed. */
    void release(PageRef ref) {
        if (ref.stored != null) {
            ref.stored.release();
            return;
        }
        releasePaged(ref);
    }

    private synchronized void releasePaged(PageRef ref) {
        Segment segment = ref.buffer.segment;
        segment.live--;
        deleteIfDone(segment);
    }

    private void deleteIfDone(Segment segment) {
        if (segment.live > 0) {
            return;
        }
        if (filling != null && filling.segment == segment) { // no body in it is needed: it need not be written
            unwrittenBytes -= filling.used;
            filling = null;
            segment.unwritten--;
        }
        if (segment.unwritten > 0) {
            return; // deleted once the pager has written its last buffer
        }
        if (segment == current) {
            current = null;
        }
        segments.remove(segment);
        diskBytes -= segment.capacity;
        retired.add(segment);
        if (segments.isEmpty() && spare != null) { // the backlog is drained: no page file is left behind
            retired.add(spare);
            spare = null;
        }
        pagerJobs.add(this::deleteRetired);
    }

    /** The pager thread: deletes the retired segments' files. */
    private void deleteRetired() {
        while (true) {
            Segment segment;
            synchronized (this) {
                segment = retired.poll();
            }
            if (segment == null) {
                return;
            }
            delete(segment);
        }
    }

    private static void delete(Segment segment) {
        try {
            segment.channel.close();
            Files.deleteIfExists(segment.file);
        } catch (IOException e) {
            LOG.warn("cannot delete page file {}: {}", segment.file, e.getMessage());
        }
    }

    /**
     * Why a new seed that would wait cannot be taken, or null: the page files reached their quota
     * (or failed, and the memory bound refuses the rest).
     */
    synchronized String refusal() {
        if (broken != null || folder == null) {
            return null;
        }
        boolean roomInCurrent = current != null && current.end + bufferBytes <= current.capacity;
        if (roomInCurrent || diskBytes + (long) BUFFERS_PER_SEGMENT * bufferBytes <= quota) {
            return null;
        }
        return "the bodies of those waiting take its page quota of " + ByteSize.format(quota) + " on disk"
                + " — retry once their services have registered and taken some";
    }

    private synchronized void brokenBy(String reason) {
        if (broken == null && !closed) { // a write cut short by close() is no trouble
            broken = reason;
            LOG.warn("{}: waiting seeds stay in memory from now on", reason);
        }
    }

    /** The pager thread: runs its jobs in order until {@link #close}. */
    private void runJobs() {
        while (true) {
            try {
                pagerJobs.take().run();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The pager thread: writes a full buffer to its segment file. */
    private void writeBuffer(Buffer buffer) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(buffer.bytes, 0, buffer.used);
            while (bytes.hasRemaining()) {
                buffer.segment.channel.write(bytes, buffer.offset + bytes.position());
            }
            written(buffer);
        } catch (IOException e) {
            // the bodies stay in their buffer, where reads find them: nothing is lost, paging stops
            brokenBy("cannot write page file " + buffer.segment.file + ": " + e.getMessage());
            synchronized (this) {
                // no longer counted: the few buffers in flight when paging stopped, read until their seeds leave
                unwrittenBytes -= buffer.used;
                unwrittenBuffers--;
                notifyAll();
            }
        }
    }

    private synchronized void written(Buffer buffer) {
        unwrittenBytes -= buffer.used;
        unwrittenBuffers--;
        if (buffer.bytes.length == bufferBytes && freeArrays.size() < MAX_FREE_ARRAYS) {
            freeArrays.add(buffer.bytes); // read() copies under this monitor: nobody reads the array after this
        }
        buffer.bytes = null;
        buffer.segment.unwritten--;
        deleteIfDone(buffer.segment);
        notifyAll();
    }

    /** Stops the pager and deletes the page files (the journal holds their messages). */
    @Override
    public synchronized void close() {
        if (closed || folder == null) {
            return;
        }
        closed = true;
        pager.interrupt();
        segments.addAll(retired);
        retired.clear();
        if (spare != null) {
            segments.add(spare);
            spare = null;
        }
        for (Segment segment : segments) {
            delete(segment);
        }
        segments.clear();
        freeArrays.clear();
    }
}
