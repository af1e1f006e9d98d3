package org.openmom.benchmarks.artemis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The peer broker of the benchmarks: an embedded ActiveMQ Artemis, run until killed. Arguments:
 * {@code PORT DATA_DIR [BRIDGE_PORT] [--installer-journal]}. Prints {@code ready: artemis on 127.0.0.1:PORT} once it
 * accepts. With {@code BRIDGE_PORT} it is the producers' broker of W6: its benchmark queues
 * exist from the start and a core bridge per queue forwards what arrives in it to the same
 * address on the broker at {@code 127.0.0.1:BRIDGE_PORT}, where the consumers are.
 *
 * <p>Changed from Artemis's defaults, each for a like-for-like comparison with {@code openmom
 * server}: NIO journal (our journal is plain file channels; the default ASYNCIO needs libaio),
 * every store in the given fresh directory, security off (our benchmark server has no
 * registration filter), one acceptor on loopback. Persistence stays on, with its defaults
 * (journal-datasync true: durable sends are confirmed after fsync, as our POSTED is). With
 * {@code --installer-journal} (W3) the journal is the one {@code artemis create} would set up on
 * this disk instead: ASYNCIO with its tuned buffer timeout ({@link InstallerJournal}).
 */
public final class ArtemisBrokerMain {
    private static final String BRIDGE_TARGET = "consumers-broker";

    private ArtemisBrokerMain() {}

    /** The option that sets the journal up as {@code artemis create} would ({@link InstallerJournal}). */
    public static final String INSTALLER_JOURNAL = "--installer-journal";

    public static void main(String[] arguments) throws Exception {
        List<String> args = new ArrayList<>(List.of(arguments));
        boolean installerJournal = args.remove(INSTALLER_JOURNAL);
        if (args.size() != 2 && args.size() != 3) {
            System.err.println("usage: ArtemisBrokerMain PORT DATA_DIR [BRIDGE_PORT] [" + INSTALLER_JOURNAL + "]");
            System.exit(2);
        }
        int port = Integer.parseInt(args.get(0));
        Path data = Path.of(args.get(1));
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true);
        configuration.setJournalType(JournalType.NIO);
        if (installerJournal) {
            try {
                System.out.println("artemis: " + InstallerJournal.apply(configuration, data.resolve("journal")));
            } catch (IllegalStateException e) {
                System.err.println("artemis: " + e.getMessage());
                System.exit(1);
            }
        }
        configuration.setJournalDirectory(data.resolve("journal").toString());
        configuration.setBindingsDirectory(data.resolve("bindings").toString());
        configuration.setPagingDirectory(data.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        configuration.setSecurityEnabled(false);
        configuration.addAcceptorConfiguration("benchmark", "tcp://127.0.0.1:" + port);
        if (args.size() == 3) {
            bridgeTo(configuration, Integer.parseInt(args.get(2)));
        }

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

    /**
     * The W6 queues, each with a core bridge to the consumers' broker, as its documentation sets
     * one up: a static connector, Artemis's defaults otherwise (duplicate detection on, a 1 MiB
     * confirmation window: a message leaves this broker once the other has it; retries forever).
     * Durable messages stay durable on both brokers, non-durable ones are not journaled.
     */
    private static void bridgeTo(ConfigurationImpl configuration, int bridgePort) throws Exception {
        configuration.addConnectorConfiguration(BRIDGE_TARGET, "tcp://127.0.0.1:" + bridgePort);
        for (String queue : List.of(ArtemisStream.queue(0), ArtemisPersistent.QUEUE)) {
            configuration.addQueueConfiguration(QueueConfiguration.of(queue).setAddress(queue)
                    .setRoutingType(RoutingType.ANYCAST).setDurable(queue.equals(ArtemisPersistent.QUEUE)));
            configuration.getBridgeConfigurations().add(new BridgeConfiguration("bridge-" + queue).setQueueName(queue)
                    .setForwardingAddress(queue).setStaticConnectors(List.of(BRIDGE_TARGET)));
        }
    }
}
