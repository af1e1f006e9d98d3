package org.openmom.benchmarks.nats;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.time.Duration;
import org.openmom.benchmarks.kit.ClientRunner;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * Main class of the NATS-side client JVM: the workloads NATS core has (W1 and W5, non-persistent
 * streams on one server) on the jnats client, the way its documentation uses it — one connection
 * per publisher or subscriber, as each of our services has its own.
 */
public final class NatsWorkloads {
    private NatsWorkloads() {}

    public static void main(String[] args) {
        ClientRunner.main(args, NatsWorkloads::open);
    }

    static ClientWorkload open(WorkloadSettings settings) throws Exception {
        if (settings.kind() != WorkloadKind.STREAM) {
            throw new IllegalArgumentException("NATS core runs the streams W1 and W5 only, not " + settings.kind());
        }
        return new NatsStream(settings);
    }

    /** A connection to the server at {@code port}, with jnats's defaults but no reconnecting: a lost server fails the run. */
    static Connection connect(WorkloadSettings settings, int port) throws Exception {
        Options options = Options.builder().server("nats://" + settings.host() + ":" + port)
                .connectionTimeout(Duration.ofSeconds(10)).noReconnect().build();
        return Nats.connect(options);
    }
}
