package org.openmom.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Where persistent messages are kept across crashes (the logging services). One record per
 * persistent message: the message and the targets it still has to reach — the concrete
 * (service, user) of each mailbox holding an unacknowledged copy, the queue of each router that
 * still has to forward it ({@code Broker.ROUTER_SERVICE}), or the seed's own address while it
 * waits in the server mailbox. A record without targets is a message that came through a router
 * and was consumed here, remembered until the server that sent it forgets it (docs/routers.md). Calls arrive in broker order, under the broker lock;
 * implementations must keep that order on disk and must not block, wait or log on the caller's
 * thread (the lock order in {@link Broker}).
 */
public interface MessageStore extends AutoCloseable {
    /** Keeps nothing: persistent messages live as long as the server process. */
    MessageStore NONE = new MessageStore() {
        @Override
        public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void remove(long messageId) {}

        @Override
        public void replay(Replay replay) {}

        @Override
        public void close() {}
    };

    /**
     * Records (or rewrites) a message and its pending targets; completes once durable. The store
     * may read {@code targets} after returning (a journal encodes the record on its own thread), so
     * the caller must not change the list afterwards.
     */
    CompletableFuture<Void> save(Message message, List<ServiceUser> targets);

    /**
     * Records a new message like {@link #save}, but while the disk fails it is refused at once
     * (its sender is told and may retry) where a rewrite would wait for the disk.
     */
    default CompletableFuture<Void> saveNew(Message message, List<ServiceUser> targets) {
        return save(message, targets);
    }

    /**
     * Why a new persistent message for {@code message}'s service cannot be stored now (its
     * journal's disk fails; the store tries again by itself), or null when it can.
     */
    default String refusal(Message message) {
        return null;
    }

    /** What keeps the store from writing now, one line each (a journal's failing disk); empty when nothing does. */
    default List<String> troubles() {
        return List.of();
    }

    /**
     * How full the queue of writes waiting for the disk is, from 0 to 1 (where writes are
     * refused); the broker slows down senders long before that.
     */
    default double backlog() {
        return 0;
    }

    /** Every target acknowledged: the record is dead. */
    void remove(long messageId);

    /**
     * Completes once every {@link #remove} made so far is on disk, so that a record removed
     * cannot come back at the next start; fails when the store is too busy now (ask again later).
     */
    default CompletableFuture<Void> removalsDurable() {
        return CompletableFuture.completedFuture(null);
    }

    /** Hands every live record back, once, at start. */
    void replay(Replay replay);

    @Override
    void close();

    /** The body of a message whose bytes are not in memory: in a page file, or left in the store (compared by identity). */
    byte[] BODY_ELSEWHERE = new byte[0];

    @FunctionalInterface
    interface Replay {
        void record(Message message, List<ServiceUser> targets);

        /**
         * Whether the replay wants the body of a record of {@code bodyLength} bytes for
         * {@code targets} now; if not, the message comes with {@link #BODY_ELSEWHERE} for body,
         * which it reads back from the store when needed (see {@link StoredBodies}).
         */
        default boolean wantsBody(List<ServiceUser> targets, int bodyLength) {
            return true;
        }

        /**
         * A replayed record whose body ({@code bodyLength} bytes, read or not: see
         * {@link #wantsBody}) lies at {@code bodyOffset} of {@code bodies}, which it may read back
         * later instead of keeping or paging it.
         */
        default void record(Message message, List<ServiceUser> targets, StoredBodies bodies, long bodyOffset, int bodyLength) {
            record(message, targets);
        }
    }
}
