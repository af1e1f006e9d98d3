package org.openmom.benchmarks.openmom;

import java.time.Duration;
import org.openmom.benchmarks.kit.ClientRunner;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.WindowedConfirmations;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServerAddress;

/** Main class of the OpenMOM-side client JVM: the workloads on our client API over TCP. */
public final class OpenMomWorkloads {
    private OpenMomWorkloads() {}

    public static void main(String[] args) {
        ClientRunner.main(args, OpenMomWorkloads::open);
    }

    static ClientWorkload open(WorkloadSettings settings) {
        switch (settings.kind()) {
            case STREAM: return new StreamWorkload(settings);
            case PERSISTENT_WINDOWED:
            case PERSISTENT_BLOCKING: return new PersistentWorkload(settings);
            case REQUEST_REPLY: return new CallWorkload(settings);
            case ANYCAST: return new AnycastWorkload(settings);
            case BACKLOG_REGISTRATION: return new BacklogWorkload(settings);
            case BACKLOG_RESTART: return new RestartWorkload(settings);
            default: throw new IllegalArgumentException("no OpenMOM workload for " + settings.kind());
        }
    }

    /**
     * A service registered on the benchmark's broker at {@code port} (the settings' producers' or
     * consumers' port); polling services take no dispatch thread.
     */
    static OpenMomClient connect(WorkloadSettings settings, int port, String service, String user, boolean polling) {
        return connect(settings, port, options(service, user, polling));
    }

    static ClientOptions options(String service, String user, boolean polling) {
        return ClientOptions.of(service, user).withReconnect(false).withPolling(polling)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    static OpenMomClient connect(WorkloadSettings settings, int port, ClientOptions options) {
        return OpenMomClient.connect(options, ServerAddress.tcp(settings.host(), port));
    }

    /** Posts {@code post} {@code count} times, at most {@code window} unconfirmed, and waits for every POSTED. */
    static void postConfirmed(OpenMomClient producer, Post post, int count, int window) throws InterruptedException {
        WindowedConfirmations confirmations = new WindowedConfirmations(window);
        for (int i = 0; i < count; i++) {
            confirmations.beforeSend();
            producer.post(post).whenComplete((result, error) -> confirmations.confirmed(error));
        }
        confirmations.drain();
    }
}
