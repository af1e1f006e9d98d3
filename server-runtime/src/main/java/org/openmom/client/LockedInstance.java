package org.openmom.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.ServiceUser;

/**
 * One instance of a service held by this client for a unit of work ({@link OpenMomClient#lock}):
 * the POSTs and CALLs made here go to it, other clients' anycast skips it. Close it (or
 * disconnect) to let it go; the server also ends a lock left unused past its idle limit, after
 * which the calls here fail with the server's reason.
 */
public final class LockedInstance implements AutoCloseable {
    private final OpenMomClient client;
    private final long lock;
    private final long instanceId;
    private final ServiceUser who;
    private volatile boolean closed;

    LockedInstance(OpenMomClient client, long lock, long instanceId, ServiceUser who) {
        this.client = client;
        this.lock = lock;
        this.instanceId = instanceId;
        this.who = who;
    }

    /** The server's id of this lock. */
    public long lockId() {
        return lock;
    }

    /** The locked instance, as the Explorer and {@code openmom status} number instances. */
    public long instanceId() {
        return instanceId;
    }

    /** The service and user the locked instance registered as. */
    public ServiceUser who() {
        return who;
    }

    /** A CALL to the locked instance; fails after {@code timeout}, or at once when the lock has ended. */
    public CompletableFuture<byte[]> call(String event, byte[] body, Duration timeout) {
        return client.call(who, event, body, java.util.Map.of(), timeout, lock);
    }

    /** Posts {@code post} to the locked instance only ({@code post.to()} must name it, e.g. its service and {@code *}). */
    public CompletableFuture<PostResult> post(Post post) {
        return client.post(post, lock);
    }

    /** Unlocks: other clients' anycast may choose the instance again. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            client.unlock(lock);
        }
    }

    @Override
    public String toString() {
        return "lock " + lock + " on " + who + "#" + instanceId;
    }
}
