package org.openmom.benchmarks.openmom;

import java.time.Duration;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;

/** W4: CALLs one at a time to another connected service, which answers with the request's body. */
final class CallWorkload implements ClientWorkload {
    private static final ServiceUser RESPONDER = ServiceUser.of("RESPONDER", "r");
    private final OpenMomClient responder;
    private final OpenMomClient caller;
    private final byte[] body;

    CallWorkload(WorkloadSettings settings) {
        this(settings, false);
    }

    /**
     * With {@code ownThreads} the caller and the responder do not share the client threads of this
     * JVM (W8: the backlog's consumer, in the same JVM, floods those): two unrelated services are
     * two processes, each with its own.
     */
    CallWorkload(WorkloadSettings settings, boolean ownThreads) {
        responder = OpenMomWorkloads.connect(settings, settings.port(),
                OpenMomWorkloads.options(RESPONDER.service(), RESPONDER.user(), false).withOwnThreads(ownThreads));
        responder.setMessageListener(message -> { });
        responder.setNonBlockingCallHandler(call -> call.body()); // an echo never blocks: answered on the network thread
        caller = OpenMomWorkloads.connect(settings, settings.port(), OpenMomWorkloads.options("CALLER", "c", false).withOwnThreads(ownThreads));
        body = new byte[settings.bodyBytes()];
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        Duration timeout = Duration.ofSeconds(10);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            caller.call(RESPONDER, "ping", body, timeout).get();
            latencies.record(System.nanoTime() - start);
        }
    }

    @Override
    public void close() {
        caller.close();
        responder.close();
    }
}
