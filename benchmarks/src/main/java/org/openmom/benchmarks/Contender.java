package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A broker under test and its client side: how to start the broker (a fresh data folder, a TCP
 * port), how to start a broker that forwards to another (routed workloads), which client main
 * class drives the workloads against them, and which workloads it can run at all.
 */
enum Contender {
    OPENMOM("OpenMOM") {
        private static final String SERVER = "BENCH";
        private static final String ROUTES_FILE = "bench.routes";
        private static final int MAX_CONNECTIONS_PER_ADDRESS = 4_000;

        @Override
        JvmCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, Workload workload) {
            return server(classpaths, jvmOptions, dataDir, SERVER, port, List.of());
        }

        /** Server FRONT with one server router to BENCH, from a routes file given with -x (in its home's files/). */
        @Override
        JvmCommand routingBroker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, int targetPort)
                throws IOException {
            Path files = Files.createDirectories(dataDir.resolve("files"));
            Files.writeString(files.resolve(ROUTES_FILE),
                    "ServerRouter toBench " + SERVER + " 1 127.0.0.1 ncacn_ip_tcp " + targetPort + "\n");
            return server(classpaths, jvmOptions, dataDir, "FRONT", port, List.of("-x", ROUTES_FILE));
        }

        /** The server as `openmom server` runs it: its fresh home holds the default journal. */
        private JvmCommand server(ModuleClasspaths classpaths, List<String> jvmOptions, Path home, String name, int port,
                                  List<String> moreArgs) {
            // every client of the benchmark connects from 127.0.0.1: W9's 1,001 connections pass the default
            // limit per address (1,000), which Artemis does not have
            List<String> args = new ArrayList<>(List.of("server", "-s", name, "-p", "ncacn_ip_tcp", "-e", Integer.toString(port),
                    "--max-connections-per-address", Integer.toString(MAX_CONNECTIONS_PER_ADDRESS)));
            args.addAll(moreArgs);
            return new JvmCommand(jvmOptions, classpaths.serverRuntime(), "org.openmom.cli.Main", args,
                    Map.of("OPENMOM_HOME", home.toString()));
        }

        /**
         * Netty's pooled allocator in the client JVM, as Artemis's client (Netty 4.1) has by default. When
         * each {@code OpenMomClient} had its own event loop thread, Netty 4.2's default (adaptive) allocator
         * gave every one its own chunks of direct memory: W9's 1,001 clients in one JVM took the whole
         * direct memory limit (that of -Xmx1g), so reads waited in the JDK's System.gc() retries for a
         * free buffer (runs of 60 s instead of 1.5 s, exit 137 at the client's time limit in the full run)
         * and then failed (messages missing). The clients of a JVM now share a few event loops; the pooled
         * allocator stays, like Artemis's client's, so that the two sides allocate alike.
         */
        private static final String POOLED_ALLOCATOR = "-Dio.netty.allocator.type=pooled";

        @Override
        JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, Workload workload, List<String> args) {
            return new JvmCommand(jvmOptions, classpaths.openMomClient(), "org.openmom.benchmarks.openmom.OpenMomWorkloads",
                    args, workload.openMomClientEnvironment()).withOption(POOLED_ALLOCATOR);
        }
    },
    ARTEMIS("Artemis") {
        /** With the journal its installer sets up, the JVM also finds Artemis's libaio wrapper, as an instance's start script lets it. */
        @Override
        JvmCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, Workload workload)
                throws IOException {
            List<String> args = new ArrayList<>(List.of(Integer.toString(port), dataDir.toString()));
            List<String> options = new ArrayList<>(jvmOptions);
            if (workload.artemisInstallerJournal()) {
                args.add("--installer-journal");
                options.add(ArtemisNativeLibrary.libraryPathOption(classpaths.artemisPeer(), dataDir.resolve("native")));
            }
            return new JvmCommand(options, classpaths.artemisPeer(), "org.openmom.benchmarks.artemis.ArtemisBrokerMain",
                    args, Map.of());
        }

        /** The same broker with the benchmark's queues and a core bridge from each to the broker at {@code targetPort}. */
        @Override
        JvmCommand routingBroker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, int targetPort) {
            return new JvmCommand(jvmOptions, classpaths.artemisPeer(), "org.openmom.benchmarks.artemis.ArtemisBrokerMain",
                    List.of(Integer.toString(port), dataDir.toString(), Integer.toString(targetPort)), Map.of());
        }

        @Override
        JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, Workload workload, List<String> args) {
            return new JvmCommand(jvmOptions, classpaths.artemisPeer(), "org.openmom.benchmarks.artemis.ArtemisWorkloads",
                    args, Map.of());
        }
    },
    /**
     * NATS core (the {@code nats-server} of the machine, no JetStream: nothing is stored and
     * nothing acknowledged), the optional third side of issue #19 ({@code --nats}): only the
     * workloads of non-persistent messages on one broker that it has, W1 and W5.
     */
    NATS("NATS core") {
        @Override
        NativeCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, Workload workload) {
            return new NativeCommand(List.of(NatsServer.command(), "-a", "127.0.0.1", "-p", Integer.toString(port)));
        }

        @Override
        ProcessCommand routingBroker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, int targetPort) {
            throw new BenchFailure("NATS core runs no routed workload");
        }

        @Override
        JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, Workload workload, List<String> args) {
            return new JvmCommand(jvmOptions, classpaths.natsPeer(), "org.openmom.benchmarks.nats.NatsWorkloads", args, Map.of());
        }

        @Override
        String readyLine() {
            return "Server is ready";
        }

        @Override
        boolean runs(Workload workload) {
            return workload == Workload.W1 || workload == Workload.W5;
        }
    };

    private final String displayName;

    Contender(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** What the broker prints once it takes connections. */
    String readyLine() {
        return "ready: ";
    }

    /** Whether this broker runs {@code workload} (NATS core: W1 and W5 only). */
    boolean runs(Workload workload) {
        return true;
    }

    /** The broker {@code workload} runs on (Artemis: with the journal the workload asks for). */
    abstract ProcessCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port, Workload workload)
            throws IOException;

    /** The producers' broker of a routed workload: it forwards what is posted to it to the broker at {@code targetPort}. */
    abstract ProcessCommand routingBroker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port,
                                          int targetPort) throws IOException;

    /** The client JVM that runs {@code workload} with {@code args} (its settings). */
    abstract JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, Workload workload, List<String> args);
}
