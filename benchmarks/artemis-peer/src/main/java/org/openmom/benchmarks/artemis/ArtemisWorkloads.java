package org.openmom.benchmarks.artemis;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.openmom.benchmarks.kit.ClientRunner;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.WindowedConfirmations;
import org.openmom.benchmarks.kit.WorkloadFailure;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * Main class of the Artemis-side client JVM: the workloads on the Artemis core client, the
 * way its documentation and examples use it (one connection per producer or consumer, as each
 * of our services has its own).
 */
public final class ArtemisWorkloads {
    private ArtemisWorkloads() {}

    public static void main(String[] args) {
        ClientRunner.main(args, ArtemisWorkloads::open);
    }

    static ClientWorkload open(WorkloadSettings settings) throws Exception {
        switch (settings.kind()) {
            case STREAM: return new ArtemisStream(settings);
            case PERSISTENT_WINDOWED:
            case PERSISTENT_BLOCKING: return new ArtemisPersistent(settings);
            case REQUEST_REPLY: return new ArtemisRequestReply(settings);
            case ANYCAST: return new ArtemisAnycast(settings);
            case BACKLOG_REGISTRATION: return new ArtemisBacklog(settings);
            case BACKLOG_RESTART: return new ArtemisRestart(settings);
            default: throw new IllegalArgumentException("no Artemis workload for " + settings.kind());
        }
    }

    /**
     * A locator of the producers' broker with Artemis's default client settings; each session
     * factory is one TCP connection.
     */
    static ServerLocator locator(WorkloadSettings settings) throws Exception {
        return ActiveMQClient.createServerLocator("tcp://" + settings.host() + ":" + settings.port());
    }

    /**
     * {@link #locator} whose connections have threads of their own, shared with nothing else in
     * this JVM (Netty workers and client pools): W8's calls beside the drain's consumer, as two
     * unrelated programs would run them (our side: {@code ClientOptions.withOwnThreads}).
     */
    static ServerLocator ownThreadsLocator(WorkloadSettings settings) throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(
                "tcp://" + settings.host() + ":" + settings.port() + "?useNioGlobalWorkerPool=false");
        locator.setUseGlobalPools(false);
        return locator;
    }

    /** The same for the consumers' broker: another one in W6, where a core bridge links the two. */
    static ServerLocator consumerLocator(WorkloadSettings settings) throws Exception {
        return ActiveMQClient.createServerLocator("tcp://" + settings.host() + ":" + settings.consumerPort());
    }

    /** A session on its own connection: auto-commit of sends and acknowledgements (the defaults). */
    static ClientSession session(ServerLocator locator) throws Exception {
        return locator.createSessionFactory().createSession();
    }

    /** A consumer of {@code queue} acknowledging each message, then telling {@code arrived}; the session still to be started. */
    static void acknowledgingConsumer(ClientSession session, String queue, Runnable arrived) throws Exception {
        session.createConsumer(queue).setMessageHandler(message -> {
            try {
                message.acknowledge();
            } catch (Exception e) {
                throw new WorkloadFailure("acknowledge failed: " + e, e);
            }
            arrived.run();
        });
    }

    /** Sends {@code count} durable messages of {@code body} to {@code queue}, at most {@code window} unconfirmed, and waits for every confirmation. */
    static void sendDurable(ClientSession session, String queue, byte[] body, int count, int window) throws Exception {
        WindowedConfirmations confirmations = new WindowedConfirmations(window);
        try (ClientProducer producer = session.createProducer(queue)) {
            for (int i = 0; i < count; i++) {
                confirmations.beforeSend();
                ClientMessage message = session.createMessage(true);
                message.getBodyBuffer().writeBytes(body);
                producer.send(message, sent -> confirmations.confirmed(null));
            }
            confirmations.drain();
        }
    }

    static void createQueue(ClientSession session, String name, boolean durable) throws Exception {
        session.createQueue(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST)
                .setDurable(durable));
    }
}
