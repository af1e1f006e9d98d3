package org.openmom.torture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;

/**
 * A live consumer that knows which of its acknowledgements the server has made durable, so a
 * crash can be judged: a message may come again only if its acknowledgement was not durable.
 *
 * <p>It polls: asking for the next message acknowledges the one before (the ACK frame leaves at
 * that moment). Every {@value #BARRIER_EVERY} acknowledgements it posts a persistent message to
 * {@code BARRIER} on the same connection and waits for POSTED. The server reads a connection's
 * frames in order and its journal writes batches in order, so that POSTED — sent once the
 * barrier's record is durable — proves that the removals of the messages acknowledged before it
 * are durable too.
 */
final class AcknowledgingConsumer {
    private static final int BARRIER_EVERY = 20;
    static final ServiceUser BARRIER = ServiceUser.of("BARRIER", "sync");

    private final ServerChild server;
    private final ServiceUser who;
    private final Ledger ledger;
    private final Set<String> durablyAcknowledged;
    private final List<String> acknowledgedNotYetDurable = new ArrayList<>();
    private String handedOut; // received, not acknowledged yet: the next receive() acknowledges it
    private final Set<String> repeatedAfterDurableAck;
    private Thread thread;
    private volatile boolean stopping;
    private volatile long barriers;

    /**
     * @param durablyAcknowledged    a concurrent set where keys go once their acknowledgement is known durable
     * @param repeatedAfterDurableAck a concurrent set where keys go that came again after that: at-least-once broken the other way
     */
    AcknowledgingConsumer(ServerChild server, ServiceUser who, Ledger ledger, Set<String> durablyAcknowledged,
                          Set<String> repeatedAfterDurableAck) {
        this.repeatedAfterDurableAck = repeatedAfterDurableAck;
        this.server = server;
        this.who = who;
        this.ledger = ledger;
        this.durablyAcknowledged = durablyAcknowledged;
    }

    AcknowledgingConsumer start() {
        OpenMomClient client = server.connect(server.clientOptions(who).withPolling(true));
        ledger.newSession();
        thread = new Thread(() -> consume(client), "consumer-" + who);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void consume(OpenMomClient client) {
        try {
            while (!stopping && client.isConnected()) {
                ReceivedMessage message = client.receive(Duration.ofMillis(200));
                if (handedOut != null) {
                    acknowledgedNotYetDurable.add(handedOut); // receive() just sent its ACK
                    handedOut = null;
                }
                if (message != null) {
                    String key = Ledger.keyOf(message.body());
                    if (durablyAcknowledged.contains(key)) {
                        repeatedAfterDurableAck.add(key);
                    }
                    ledger.received(message.body());
                    handedOut = key;
                }
                if (acknowledgedNotYetDurable.size() >= BARRIER_EVERY || (message == null && !acknowledgedNotYetDurable.isEmpty())) {
                    barrier(client);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (OpenMomException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the server went away: what was not proven durable stays unproven
        } finally {
            client.close();
        }
    }

    private void barrier(OpenMomClient client) throws InterruptedException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
        client.post(Post.to(BARRIER, "barrier", "after " + acknowledgedNotYetDurable.size()).persistent())
                .get(90, TimeUnit.SECONDS);
        durablyAcknowledged.addAll(acknowledgedNotYetDurable);
        acknowledgedNotYetDurable.clear();
        barriers++;
    }

    /** Stops consuming (the last handed-out message stays unacknowledged) and waits for the thread. */
    void stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(120));
        if (thread.isAlive()) {
            throw new TortureException("consumer " + who + " did not stop within 120 s");
        }
    }

    long barriers() {
        return barriers;
    }

    /**
     * After {@link #stop}: the messages received whose acknowledgement was not proven durable (or
     * not sent at all) — those a server killed now may deliver again.
     */
    List<String> notProvenDurable() {
        List<String> keys = new ArrayList<>(acknowledgedNotYetDurable);
        if (handedOut != null) {
            keys.add(handedOut);
        }
        return keys;
    }
}
