package org.openmom.reflex.runtime;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages that reflexes post (answers, dead letters kept in a mailbox, posts of their own). A
 * reflex runs while the broker holds its lock, so it cannot post there and then: its posts
 * wait here, in order, and one thread hands them to the broker afterwards. The queue is
 * bounded; when full, posts are dropped and logged rather than piling up without end.
 */
final class ReflexOutbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReflexOutbox.class);
    private static final int CAPACITY = 10_000;

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(CAPACITY), task -> {
                Thread t = new Thread(task, "openmom-reflex-outbox");
                t.setDaemon(true);
                return t;
            });
    private volatile Broker broker;

    void attach(Broker target) {
        this.broker = target;
    }

    void post(ServiceUser from, ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
        Broker target = broker;
        if (target == null) {
            LOG.warn("a reflex posted {} to {} before the server started; dropped", event, to);
            return;
        }
        try {
            thread.execute(() -> target.post(from, to, event, flags, body, properties).whenComplete((outcome, error) -> {
                if (error != null) {
                    LOG.warn("post of {} by reflex {} to {} failed: {}", event, from, to, error.getMessage());
                } else if (outcome.isRefused()) {
                    LOG.warn("post of {} by reflex {} to {} refused: {}", event, from, to, outcome.refusal());
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.warn("{} posts by reflexes are waiting; dropped {} from {} to {}", CAPACITY, event, from, to);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
