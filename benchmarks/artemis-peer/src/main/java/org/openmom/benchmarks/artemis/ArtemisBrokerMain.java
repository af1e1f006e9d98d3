package org.openmom.benchmarks.artemis;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The peer broker of the benchmarks: an embedded ActiveMQ Artemis, run until killed. Arguments:
 * {@code PORT DATA_DIR}. Prints {@code ready: artemis on 127.0.0.1:PORT} once it accepts.
 *
 * <p>Changed from Artemis's defaults, each for a like-for-like comparison with {@code openmom
 * server}: NIO journal (our journal is plain file channels; the default ASYNCIO needs libaio),
 * every store in the given fresh directory, security off (our benchmark server has no
 * registration filter), one acceptor on loopback. Persistence stays on, with its defaults
 * (journal-datasync true: durable sends are confirmed after fsync, as our POSTED is).
 */
public final class ArtemisBrokerMain {
    private ArtemisBrokerMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ArtemisBrokerMain PORT DATA_DIR");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true);
        configuration.setJournalType(JournalType.NIO);
        configuration.setJournalDirectory(data.resolve("journal").toString());
        configuration.setBindingsDirectory(data.resolve("bindings").toString());
        configuration.setPagingDirectory(data.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        configuration.setSecurityEnabled(false);
        configuration.addAcceptorConfiguration("benchmark", "tcp://127.0.0.1:" + port);

        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                System.err.println("artemis: stop failed: " + e);
            }
        }, "artemis-stop"));
        System.out.println("ready: artemis on 127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join(); // runs until the orchestrator ends the process
    }
}
