package org.openmom.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A broker under test and its client side: how to start the broker (a fresh data folder, a TCP
 * port) and which client main class drives the workloads against it.
 */
enum Contender {
    OPENMOM("OpenMOM") {
        @Override
        JvmCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port) {
            // the server exactly as `openmom server` runs it: its fresh home holds the default journal
            return new JvmCommand(jvmOptions, classpaths.serverRuntime(), "org.openmom.cli.Main",
                    List.of("server", "-s", "BENCH", "-p", "ncacn_ip_tcp", "-e", Integer.toString(port)),
                    Map.of("OPENMOM_HOME", dataDir.toString()));
        }

        @Override
        JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, List<String> args) {
            return new JvmCommand(jvmOptions, classpaths.openMomClient(), "org.openmom.benchmarks.openmom.OpenMomWorkloads",
                    args, Map.of());
        }
    },
    ARTEMIS("Artemis") {
        @Override
        JvmCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port) {
            return new JvmCommand(jvmOptions, classpaths.artemisPeer(), "org.openmom.benchmarks.artemis.ArtemisBrokerMain",
                    List.of(Integer.toString(port), dataDir.toString()), Map.of());
        }

        @Override
        JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, List<String> args) {
            return new JvmCommand(jvmOptions, classpaths.artemisPeer(), "org.openmom.benchmarks.artemis.ArtemisWorkloads",
                    args, Map.of());
        }
    };

    private final String displayName;

    Contender(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    abstract JvmCommand broker(ModuleClasspaths classpaths, List<String> jvmOptions, Path dataDir, int port);

    abstract JvmCommand client(ModuleClasspaths classpaths, List<String> jvmOptions, List<String> args);
}
