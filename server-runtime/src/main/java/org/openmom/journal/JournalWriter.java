package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that owns a journal's files. Callers enqueue batches; the writer takes everything
 * queued (up to one buffer), encodes it into one direct buffer, writes it to the master and each
 * mirror with one call per file, forces each file once, and only then updates the index and
 * completes the callers' futures: many producers share one fsync (group commit).
 *
 * <p>Between groups it runs small tasks for other threads (snapshots of the index) and drives
 * compaction ({@link Compactor}).
 *
 * <p>A caller may commit a small group of queued writes itself while the writer thread waits
 * for work ({@link CallerCommits}): whoever writes a group holds {@link #owner}, and the queue is
 * only taken from under it, so the file keeps the order of the queue whichever thread writes.
 * The writer thread lets go of it only while it waits for work.
 *
 * <p>When a write fails (a full disk), the partial record is cut off and the journal is in
 * {@link DiskTrouble}: batches marked {@link JournalBatch#refusedWhileDiskFails()} (new messages)
 * are refused, the others wait in order, and every second the writer tries them again (or, with
 * none waiting, probes the disk with zeros) until a write works: the journal recovers by itself.
 */
final class JournalWriter {

    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);
    /** Wakes the writer without carrying a batch. */
    private static final PendingWrite WAKE = new PendingWrite(new JournalBatch(1));
    /** How long the writer waits between two attempts while the disk fails. */
    static final long DISK_RETRY_MILLIS = 1000;
    /** Zeros written past the data to probe a failed disk when no write waits. */
    private static final int PROBE_BYTES = 64 * 1024;
    /**
     * The most a caller commits at once: a larger group (a burst, a big message) is the writer
     * thread's, since the caller stalls its other connections meanwhile.
     */
    static final int CALLER_GROUP_BYTES = 64 * 1024;
    /** How long the writer goes without preallocating after the zeros did not fit on the disk. */
    private static final long PREALLOCATE_RETRY_MILLIS = 10_000;

    private final String name;
    private final JournalOptions options;
    private final BlockingQueue<PendingWrite> queue;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final RecordEncoder encoder;
    private final Compactor compactor;
    private final FileSyncer syncer;
    private final Thread thread;
    private final Runnable afterClose;
    private final CallerCommits callerCommits;
    private final Runnable commitOnCaller = this::commitOnCaller;
    /** Held by whoever writes a group: the writer thread, except while it waits for work, or a caller. */
    private final ReentrantLock owner = new ReentrantLock();
    /** The writer thread waits for work (or is about to): whoever queues work must wake it. */
    private volatile boolean parked;

    // Owned by the holder of the owner lock.
    private final List<PendingWrite> group = new ArrayList<>();
    /** The write taken from the queue that did not fit the last group: first of the next. */
    private PendingWrite carried;
    private final CommitDurations commitDurations;
    private final LiveIndex index;
    private JournalChannels channels;
    private long end;
    private long generation;
    private boolean compactSoon;
    private long noCompactionBelow;
    private final ShrinkWatch shrinking = new ShrinkWatch(System::nanoTime);
    /** A compaction is due but waits for a drain to end ({@link ShrinkWatch}): the writer looks again without a write. */
    private boolean compactionDeferred;
    /** Files are zero-filled up to here (at least {@link #end}). */
    private long allocatedEnd;
    private ByteBuffer zeros;
    /** Writes that outlived a failed disk write, in order; they go first once the disk works. */
    private final Deque<PendingWrite> waitingForDisk = new ArrayDeque<>();
    private long nextDiskAttemptMillis;
    private long preallocateAgainMillis;

    // Shared with other threads.
    private volatile boolean stopping;
    private volatile boolean exited;
    private volatile Exception failure;
    private volatile DiskTrouble diskTrouble;
    private volatile long committedEnd;
    private volatile long liveRecords;
    private volatile long liveBytes;
    private volatile long fsyncs;
    private volatile long batches;
    private volatile long groups;
    private volatile long compactions;
    private final AtomicLong rejected = new AtomicLong();

    /** {@code name} (the master's path) appears in messages, {@code threadName} in thread names. */
    JournalWriter(String name, String threadName, JournalOptions options, Recovery.Recovered recovered,
                  CallerCommits callerCommits, Runnable afterClose) {
        this.name = name;
        this.afterClose = afterClose;
        this.callerCommits = callerCommits;
        this.commitDurations = new CommitDurations(options.callerCommitLimitMicros());
        this.options = options;
        this.queue = new ArrayBlockingQueue<>(options.maxPendingBatches());
        this.encoder = new RecordEncoder(options.groupBufferBytes());
        this.index = recovered.index();
        this.channels = recovered.channels();
        this.end = recovered.end();
        this.committedEnd = end;
        this.allocatedEnd = end;
        this.generation = recovered.generation();
        // damage stays in the file (and in every report) until a compaction rewrites it
        this.compactSoon = recovered.damageRemains();
        this.syncer = new FileSyncer(threadName, recovered.channels().all().size() - 1);
        this.compactor = new Compactor(threadName, options.groupBufferBytes(), this::wake);
        publishIndexStats();
        this.thread = new Thread(this::run, "journal-writer[" + threadName + "]");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    double backlog() {
        return (double) queue.size() / options.maxPendingBatches();
    }

    /** Enqueues {@code batch}; never blocks. */
    CompletableFuture<Void> submit(JournalBatch batch) {
        PendingWrite pending = checked(batch);
        if (!pending.isDone()) {
            enqueue(pending);
        }
        return pending;
    }

    /** Enqueues {@code first} and {@code then} as one element of the queue ({@link Journal#write(JournalBatch, JournalBatch)}); never blocks. */
    Journal.Writes submit(JournalBatch first, JournalBatch then) {
        PendingWrite leader = checked(first);
        PendingWrite follower = checked(then);
        if (leader.isDone()) {
            leader.handle((done, error) -> follower.completeExceptionally(error));
        } else {
            if (!follower.isDone()) {
                leader.followedBy(follower);
            }
            enqueue(leader);
        }
        return new Journal.Writes(leader, follower);
    }

    /** A write for {@code batch}, failed already if it cannot be accepted now. */
    private PendingWrite checked(JournalBatch batch) {
        PendingWrite pending = new PendingWrite(batch);
        if (batch.bodyBytes() > options.maxBatchBytes()) {
            pending.completeExceptionally(new JournalException("batch of " + batch.bodyBytes() + " bytes is larger than "
                    + "the " + options.maxBatchBytes() + " bytes journal " + name + " accepts; fix: split it or raise "
                    + "maxBatchBytes"));
            return pending;
        }
        Exception failed = failure;
        if (failed != null) {
            pending.completeExceptionally(failedJournal(failed));
            return pending;
        }
        DiskTrouble trouble = diskTrouble;
        if (trouble != null && batch.isRefusedWhileDiskFails()) {
            pending.completeExceptionally(diskFails(trouble));
            return pending;
        }
        if (stopping) {
            pending.completeExceptionally(closed());
        }
        return pending;
    }

    /** Queues {@code pending} (and the write that follows it); refuses them when the queue is full. */
    private void enqueue(PendingWrite pending) {
        boolean sealedHere = pending.batch.seal();
        PendingWrite follower = pending.follower();
        boolean followerSealedHere = follower != null && follower.batch.seal();
        if (!queue.offer(pending)) {
            if (sealedHere) {
                pending.batch.unseal();
            }
            if (followerSealedHere) {
                follower.batch.unseal();
            }
            rejected.incrementAndGet();
            pending.completeExceptionally(new JournalOverloadedException("journal " + name + " has "
                    + options.maxPendingBatches() + " batches waiting for the disk; retry later"));
            return;
        }
        // close() may have run between the check and the offer: whoever removes the batch answers it
        if (stopping && queue.remove(pending)) {
            pending.completeExceptionally(closed());
            return;
        }
        if (!callerCommits.later(commitOnCaller)) {
            wakeIfParked();
        }
    }

    /** Queues a wake-up without a batch: tasks to run, stopping, a compaction finished. */
    private void wake() {
        queue.offer(WAKE);
        wakeIfParked();
    }

    private void wakeIfParked() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /** Runs {@code task} on the writer thread between two groups. */
    <T> CompletableFuture<T> onWriterThread(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable wrapped = () -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        };
        tasks.add(wrapped);
        // the writer sets exited before its last look at the tasks: one of us sees the other
        if (exited && tasks.remove(wrapped)) {
            result.completeExceptionally(closed());
        }
        wake();
        return result;
    }

    /** Lets the queued batches reach the disk, then closes the files. */
    void stop() {
        stopping = true;
        wake();
        if (isCommittingThread()) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the calling thread writes a group now: the writer thread, or a caller committing (in a completion). */
    boolean isCommittingThread() {
        return owner.isHeldByCurrentThread();
    }

    /** The disk failure the journal is recovering from, or null when its writes work. */
    DiskTrouble diskTrouble() {
        return diskTrouble;
    }

    JournalStats stats() {
        return new JournalStats(liveRecords, liveBytes, committedEnd, fsyncs, batches, groups, compactions,
                rejected.get());
    }

    // ---------------------------------------------------------------- writer thread

    private void run() {
        owner.lock();
        try {
            stepCompaction();
            while (true) {
                PendingWrite first = carried != null ? carried : firstOfGroup();
                carried = null;
                writeGroup(first, false);
                runTasks();
                stepCompaction();
                if (stopping && carried == null && queue.isEmpty() && (waitingForDisk.isEmpty() || diskTrouble != null)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            log.warn("Journal writer {} interrupted; pending and later batches fail", name);
            failure = new IOException("journal writer interrupted");
        } catch (RuntimeException | Error e) {
            log.error("Journal writer {} stopped by a bug", name, e);
            failure = new IOException("journal writer stopped: " + e);
            failAll(group, failure);
        } finally {
            try {
                shutDown();
            } finally {
                owner.unlock();
            }
        }
    }

    /**
     * Writes {@code first} and the writes queued after it, as many as fit one buffer — or, for a
     * caller, {@link #CALLER_GROUP_BYTES} — with one fsync per file; the write that does not fit is
     * {@link #carried} over. Only for the holder of {@link #owner}.
     */
    private void writeGroup(PendingWrite first, boolean byCaller) {
        group.clear();
        encoder.clear();
        long groupStart = end;
        PendingWrite next = first;
        while (next != null) {
            if (next != WAKE) {
                int bytes = next.batch.recordBytes();
                if (byCaller && encoder.size() + bytes > CALLER_GROUP_BYTES) {
                    carried = next;
                    break;
                }
                if (!encoder.fits(bytes)) {
                    if (encoder.size() > 0) {
                        carried = next;
                        break;
                    }
                    encoder.ensureCapacity(bytes);
                }
                if (encode(next, groupStart)) {
                    group.add(next);
                }
            }
            PendingWrite follower = next.takeFollower();
            next = follower != null ? follower : waitingForDisk.isEmpty() ? queue.poll() : waitingForDisk.poll();
        }
        if (!group.isEmpty() && !commit(group, groupStart)) {
            keepForDisk(group, carried);
            carried = null;
        }
        group.clear();
        // one huge batch must not pin a huge direct buffer for the journal's lifetime
        encoder.clear();
        encoder.shrinkTo(options.groupBufferBytes());
    }

    /**
     * A caller's commit of what is queued ({@link CallerCommits}), in place of the writer thread:
     * only when that one waits for work, the journal is in its ordinary state (no disk failure
     * being waited out, not stopping), its recent commits were quick ({@link CommitDurations}) and
     * the files have room for the group without zero-filling more of them (the writer's work,
     * several milliseconds). Whatever the writer thread has to do afterwards — writes
     * queued meanwhile, a group's overflow, tasks, a compaction to start or finish — wakes it.
     */
    private void commitOnCaller() {
        if (owner.isHeldByCurrentThread() || !owner.tryLock()) {
            return; // a completion's own write waits for the group after this one; a busy writer takes it
        }
        boolean writerHasWork;
        boolean writesWait;
        try {
            if (failure == null && diskTrouble == null && waitingForDisk.isEmpty() && carried == null && !stopping
                    && commitDurations.quickEnoughForCallers() && roomAheadForACallersGroup()) {
                writeGroup(queue.poll(), true);
            }
            // the group may have taken the queue's wake-ups (WAKE) for tasks or a finished compaction
            writerHasWork = !tasks.isEmpty() || stopping || compactor.hasFinished()
                    || (!compactor.running() && !compactionDeferred && compactionWorthALook());
            writesWait = carried != null || !waitingForDisk.isEmpty();
        } finally {
            owner.unlock();
        }
        if (writerHasWork) {
            wake();
        } else if (writesWait || !queue.isEmpty()) { // looked at after the unlock: a caller that found it taken left its write to us
            LockSupport.unpark(thread);
        }
    }

    /**
     * Encodes the batch into the group's buffer; false if one of its payloads failed (a bug in the
     * payload), which fails that write alone and leaves the buffer as it was.
     */
    private boolean encode(PendingWrite pending, long groupStart) {
        if (pending.batch.isEmpty()) {
            return true;
        }
        try {
            pending.recordOffset = groupStart + encoder.append(pending.batch);
            return true;
        } catch (RuntimeException e) {
            log.error("Journal {}: a payload failed to encode; its batch is refused", name, e);
            pending.completeExceptionally(new JournalException("journal " + name + " refused a batch whose "
                    + "payload failed to encode: " + e, e));
            return false;
        }
    }

    /** Writes the group; false when the disk failed (the journal is then in {@link DiskTrouble}). */
    private boolean commit(List<PendingWrite> group, long groupStart) {
        Exception failed = failure;
        if (failed == null) {
            ByteBuffer bytes = encoder.encoded();
            int size = bytes.remaining();
            if (size > 0) {
                try {
                    long started = System.nanoTime();
                    preallocate(groupStart + size);
                    for (FileChannel channel : channels.all()) {
                        FileOps.writeFully(channel, bytes.duplicate(), groupStart);
                    }
                    syncer.forceAll(channels.all());
                    commitDurations.record(System.nanoTime() - started);
                    fsyncs += channels.all().size();
                } catch (IOException e) {
                    diskFailed(e, size, groupStart);
                    return false;
                }
                end = groupStart + size;
                committedEnd = end;
                diskWorks();
            }
            for (PendingWrite pending : group) {
                apply(pending);
            }
            batches += group.size();
            groups++;
            publishIndexStats();
            for (PendingWrite pending : group) {
                pending.complete(null);
            }
        } else {
            failAll(group, failed);
        }
        return true;
    }

    // ---------------------------------------------------------------- a failing disk

    /**
     * The first write of the next group. While the disk fails it waits for the next attempt,
     * refusing new messages meanwhile and keeping the other writes in order (no more than the
     * queue holds, so that a long failure makes the journal refuse as overloaded rather than
     * grow); with nothing waiting, it probes the disk itself so the journal recovers on its own.
     */
    private PendingWrite firstOfGroup() throws InterruptedException {
        while (diskTrouble != null && !stopping) {
            long wait = nextDiskAttemptMillis - System.currentTimeMillis();
            if (wait <= 0) {
                if (!waitingForDisk.isEmpty()) {
                    return waitingForDisk.poll();
                }
                probeDisk();
            } else if (waitingForDisk.size() >= options.maxPendingBatches()) {
                Thread.sleep(Math.min(wait, 50)); // short naps: stop() must not wait long
            } else {
                PendingWrite arrived = takeNext();
                if (arrived == null) {
                    awaitWork(TimeUnit.MILLISECONDS.toNanos(wait));
                    arrived = takeNext();
                }
                if (arrived == WAKE) {
                    runTasks();
                } else if (arrived != null && arrived.batch.isRefusedWhileDiskFails()) {
                    arrived.completeExceptionally(diskFails(diskTrouble)); // and the write that was to follow it
                } else if (arrived != null) {
                    waitingForDisk.add(arrived); // the write that follows it, if any, goes right after it
                }
            }
        }
        if (!waitingForDisk.isEmpty()) {
            return waitingForDisk.poll();
        }
        PendingWrite arrived = takeNext();
        if (compactionDeferred) {
            if (arrived == null) {
                awaitWork(TimeUnit.MILLISECONDS.toNanos(ShrinkWatch.WINDOW_MILLIS));
                arrived = takeNext();
            }
            return arrived != null ? arrived : WAKE;
        }
        while (arrived == null) {
            awaitWork(-1);
            arrived = takeNext();
        }
        return arrived;
    }

    /** The write a caller's group could not take (it goes first), else the next one queued; null if none. */
    private PendingWrite takeNext() {
        PendingWrite next = carried;
        if (next == null) {
            return queue.poll();
        }
        carried = null;
        return next;
    }

    /**
     * Lets go of {@link #owner} until work is queued or {@code nanos} have passed (negative: no
     * limit): callers may commit meanwhile. Returns holding it again; may return early.
     */
    private void awaitWork(long nanos) throws InterruptedException {
        parked = true;
        owner.unlock();
        try {
            // looked at after the unlock: a caller that failed to take the lock from us left its write to us
            // (a caller that left us a write it carried over wakes us after its own unlock)
            if (queue.isEmpty()) {
                if (nanos < 0) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, nanos);
                }
            }
        } finally {
            parked = false;
            owner.lock();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /**
     * A write failed: the bytes that reached the file are cut off (a complete record among them
     * would otherwise come back at the next start, though its writer was told it failed), and
     * the journal refuses new messages until a write works again.
     */
    private void diskFailed(IOException e, int size, long groupStart) {
        DiskTrouble before = diskTrouble;
        giveBackBeyondEnd(); // the group started at the end
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        diskTrouble = new DiskTrouble(reason, before == null ? System.currentTimeMillis() : before.sinceMillis());
        nextDiskAttemptMillis = System.currentTimeMillis() + DISK_RETRY_MILLIS;
        if (before == null) {
            log.error("Journal {}: writing {} bytes at offset {} failed: {}; new persistent messages are refused, removals and "
                    + "updates wait, and the journal tries again every second (free disk space)", name, size, groupStart, reason);
        }
    }

    /** New messages of the failed group are refused; the other writes wait, ahead of everything after them. */
    private void keepForDisk(List<PendingWrite> group, PendingWrite carried) {
        if (carried != null) {
            waitingForDisk.addFirst(carried);
        }
        for (int i = group.size() - 1; i >= 0; i--) {
            PendingWrite pending = group.get(i);
            if (pending.batch.isRefusedWhileDiskFails()) {
                pending.completeExceptionally(diskFails(diskTrouble));
            } else {
                waitingForDisk.addFirst(pending);
            }
        }
    }

    private boolean roomAheadForACallersGroup() {
        return options.preallocateBytes() == 0 || allocatedEnd - end >= CALLER_GROUP_BYTES;
    }

    /** With no write waiting, zeros past the data (kept as preallocated space) tell whether the disk works again. */
    private void probeDisk() {
        try {
            zeroFill(Math.max(allocatedEnd, end), Math.max(allocatedEnd, end) + PROBE_BYTES);
            syncer.forceAll(channels.all());
            diskWorks();
        } catch (IOException e) {
            giveBackBeyondEnd();
            nextDiskAttemptMillis = System.currentTimeMillis() + DISK_RETRY_MILLIS;
        }
    }

    private void diskWorks() {
        DiskTrouble trouble = diskTrouble;
        if (trouble != null) {
            diskTrouble = null;
            log.info("Journal {}: writes work again after {} s of failure; new persistent messages are accepted again", name,
                    (System.currentTimeMillis() - trouble.sinceMillis()) / 1000);
        }
    }

    private JournalException diskFails(DiskTrouble trouble) {
        return new JournalException("journal " + name + " cannot write to its disk (" + trouble.reason() + "); fix: free disk "
                + "space — the journal tries again every second and takes new messages once a write works");
    }

    /**
     * Zero-fills the files ahead of the data: an fsync after overwriting allocated blocks has no
     * file size or block allocation to commit and is several times faster than after an append.
     * Recovery drops an all-zero tail silently, and a clean close truncates it. On a nearly full
     * disk the zeros may not fit where the data still does: then the data goes without them, and
     * the next try at preallocating waits a while.
     */
    private void preallocate(long needed) {
        if (options.preallocateBytes() == 0 || needed <= allocatedEnd || System.currentTimeMillis() < preallocateAgainMillis) {
            return;
        }
        try {
            zeroFill(Math.max(allocatedEnd, end), needed + options.preallocateBytes());
        } catch (IOException e) {
            preallocateAgainMillis = System.currentTimeMillis() + PREALLOCATE_RETRY_MILLIS;
            giveBackBeyondEnd();
        }
    }

    /** Cuts the files back to the data, giving the zeros ahead of it back to the disk; best effort. */
    private void giveBackBeyondEnd() {
        try {
            for (FileChannel channel : channels.all()) {
                channel.truncate(end);
            }
            allocatedEnd = end;
        } catch (IOException e) {
            log.warn("Journal {}: cutting the file back to its data at offset {} failed: {}", name, end, e.toString());
        }
    }

    private void zeroFill(long from, long to) throws IOException {
        if (zeros == null) {
            zeros = ByteBuffer.allocateDirect(1 << 20);
        }
        for (FileChannel channel : channels.all()) {
            for (long at = from; at < to; at += zeros.capacity()) {
                ByteBuffer chunk = zeros.duplicate();
                chunk.limit((int) Math.min(chunk.capacity(), to - at));
                FileOps.writeFully(channel, chunk, at);
            }
        }
        allocatedEnd = to;
    }

    /** Gives the preallocated space back so that closed files end with their last record. */
    private void trimPreallocation() {
        if (allocatedEnd <= end || failure != null) {
            return;
        }
        try {
            for (FileChannel channel : channels.all()) {
                channel.truncate(end);
                channel.force(true);
            }
            allocatedEnd = end;
        } catch (IOException e) {
            log.warn("Journal {}: trimming the preallocated space failed ({}); the next open drops it", name,
                    e.toString());
        }
    }

    private void apply(PendingWrite pending) {
        JournalBatch batch = pending.batch;
        long position = pending.recordOffset + JournalFormat.RECORD_HEADER_BYTES + JournalFormat.BODY_PREFIX_BYTES;
        for (int op = 0; op < batch.size(); op++) {
            JournalPayload payload = batch.payload(op);
            if (payload == null) {
                index.remove(batch.id(op));
                position += JournalFormat.REMOVE_BYTES;
            } else {
                index.put(batch.id(op), position + JournalFormat.PUT_HEADER_BYTES, payload.length());
                position += JournalFormat.PUT_HEADER_BYTES + payload.length();
            }
        }
    }

    private void publishIndexStats() {
        liveRecords = index.size();
        liveBytes = index.payloadBytes();
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }

    /** A pinned view of the live records for a reader on another thread; release the channels. */
    record Pinned(LiveIndex.Snapshot snapshot, JournalChannels channels, long end) {
    }

    /** Must run on the writer thread (see {@link #onWriterThread}). */
    Pinned pin() {
        channels.retain();
        return new Pinned(index.snapshot(), channels, end);
    }

    // ---------------------------------------------------------------- compaction

    private void stepCompaction() {
        if (failure != null || diskTrouble != null) {
            return;
        }
        Compactor.Result finished = compactor.takeFinished();
        if (finished != null) {
            switchTo(finished);
        }
        if (!compactor.running() && !stopping && shouldCompact()) {
            compactSoon = false;
            channels.retain();
            compactor.start(channels, index.snapshot(), end, generation, () -> committedEnd);
        }
    }

    private boolean shouldCompact() {
        compactionDeferred = false;
        if (compactSoon) {
            return true;
        }
        if (!largeEnoughToCompact()) {
            return false;
        }
        long live = index.encodedBytes();
        boolean falling = shrinking.isFalling(live);
        if (!deadEnough(live)) {
            return false;
        }
        compactionDeferred = falling; // each second of a drain leaves less to copy: look again once it slows down
        return !falling;
    }

    /** Whether the writer thread should look at compacting now, asked after a caller's commit (no side effects). */
    private boolean compactionWorthALook() {
        return compactSoon || (largeEnoughToCompact() && deadEnough(index.encodedBytes()));
    }

    private boolean largeEnoughToCompact() {
        return end >= options.compactionMinFileBytes() && end >= noCompactionBelow;
    }

    private boolean deadEnough(long liveBytes) {
        long data = end - JournalFormat.FILE_HEADER_BYTES;
        return data - liveBytes > options.compactionDeadFraction() * data;
    }

    /** The short last step of a compaction: copy the newest bytes, rename, move the index. */
    private void switchTo(Compactor.Result result) {
        if (result.failure() != null) {
            // retry only once the file has grown by half again, not after every group
            noCompactionBelow = end + end / 2;
            log.warn("Journal {}: compaction failed, keeping the current file: {}", name, result.failure().toString());
            return;
        }
        long oldEnd = end;
        long tail = end - result.copiedUpTo();
        List<Path> targets = channels.paths();
        try {
            for (FileChannel temporary : result.temporaryChannels()) {
                FileOps.copy(channels.master(), result.copiedUpTo(), tail, temporary, result.newEnd());
                temporary.force(true);
                fsyncs++;
            }
            for (int i = 0; i < targets.size(); i++) {
                FileOps.replace(result.temporaryPaths().get(i), targets.get(i));
            }
        } catch (IOException e) {
            // some files may already be the compacted ones: both are valid journals, the next open
            // picks the newest generation; until then nothing more is written
            log.error("Journal {}: switching to the compacted file failed: {}; reopen the journal", name, e.toString());
            failure = e;
            result.discard();
            return;
        }
        JournalChannels old = channels;
        channels = new JournalChannels(targets, result.temporaryChannels());
        index.relocate(result.snapshotEnd(), result.snapshot(), result.newOffsets(),
                result.tailBase() - result.snapshotEnd());
        end = result.newEnd() + tail;
        committedEnd = end;
        allocatedEnd = end;
        generation = result.newGeneration();
        compactions++;
        noCompactionBelow = 0;
        old.release();
        log.info("Journal {} compacted: {} -> {} bytes, {} live records", name, oldEnd, end, index.size());
    }

    // ---------------------------------------------------------------- shutdown

    private void shutDown() {
        compactor.cancelAndWait();
        Exception reason = failure != null ? failedJournal(failure) : closed();
        List<PendingWrite> leftovers = new ArrayList<>();
        if (carried != null) {
            leftovers.add(carried);
            carried = null;
        }
        // closing while the disk fails: these are delivered again after the restart
        leftovers.addAll(waitingForDisk);
        waitingForDisk.clear();
        queue.drainTo(leftovers);
        leftovers.remove(WAKE);
        failAll(leftovers, reason);
        stopping = true;
        exited = true;
        runTasks();
        trimPreallocation();
        syncer.shutdown();
        channels.releaseNow();
        afterClose.run();
    }

    private static void failAll(List<PendingWrite> writes, Exception reason) {
        for (PendingWrite pending : writes) {
            if (pending != WAKE) {
                pending.completeExceptionally(reason);
            }
        }
    }

    private JournalException closed() {
        return new JournalException("journal " + name + " is closed");
    }

    private JournalException failedJournal(Exception cause) {
        return new JournalException("journal " + name + " failed to write (" + cause.getMessage() + "); fix: check "
                + "the disk, then restart the server: the journal recovers when it is opened again", cause);
    }
}
