package org.openmom.benchmarks.artemis;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.client.impl.ClientMessageImpl;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadFailure;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W4 on Artemis, the usual core-client request/reply: the caller's {@link ClientRequestor}
 * sends to a request queue with a temporary reply queue as reply-to; a responder on its own
 * connection answers each request with its body to that reply-to address. Non-durable messages.
 */
final class ArtemisRequestReply implements ClientWorkload {
    private static final String REQUESTS = "bench.requests";
    private final ServerLocator locator;
    private final ClientSession responderSession;
    private final ClientSession callerSession;
    private final ClientRequestor requestor;
    private final byte[] body;

    ArtemisRequestReply(WorkloadSettings settings) throws Exception {
        this(settings, false);
    }

    /** With {@code ownThreads}, on connections whose threads nothing else in this JVM shares (W8). */
    ArtemisRequestReply(WorkloadSettings settings, boolean ownThreads) throws Exception {
        locator = ownThreads ? ArtemisWorkloads.ownThreadsLocator(settings) : ArtemisWorkloads.locator(settings);
        responderSession = ArtemisWorkloads.session(locator);
        ArtemisWorkloads.createQueue(responderSession, REQUESTS, false);
        ClientProducer replies = responderSession.createProducer();
        responderSession.createConsumer(REQUESTS).setMessageHandler(request -> {
            try {
                request.acknowledge();
                SimpleString replyTo = request.getSimpleStringProperty(ClientMessageImpl.REPLYTO_HEADER_NAME);
                byte[] payload = new byte[request.getBodySize()];
                request.getBodyBuffer().readBytes(payload);
                ClientMessage reply = responderSession.createMessage(false);
                reply.getBodyBuffer().writeBytes(payload);
                replies.send(replyTo, reply);
            } catch (Exception e) {
                throw new WorkloadFailure("the responder failed: " + e, e);
            }
        });
        responderSession.start();
        callerSession = ArtemisWorkloads.session(locator);
        requestor = new ClientRequestor(callerSession, REQUESTS);
        callerSession.start();
        body = new byte[settings.bodyBytes()];
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            ClientMessage request = callerSession.createMessage(false);
            request.getBodyBuffer().writeBytes(body);
            ClientMessage reply = requestor.request(request, 10_000);
            if (reply == null) {
                throw new WorkloadFailure("no reply within 10 s to request " + i);
            }
            reply.acknowledge();
            latencies.record(System.nanoTime() - start);
        }
    }

    @Override
    public void close() throws Exception {
        requestor.close();
        callerSession.close();
        responderSession.close();
        locator.close();
    }
}
