package org.openmom.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The class paths of the three kinds of JVM, from the reactor's build output: each module's jar
 * and its {@code target/classpath.txt} (written at package time by the parent POM).
 *
 * @param root          the repository (where docs/ is)
 * @param serverRuntime the openmom server (server-runtime)
 * @param openMomClient our client workloads (benchmarks)
 * @param artemisPeer   the Artemis broker and its client workloads (benchmarks/artemis-peer)
 * @param natsPeer      the client workloads on NATS core (benchmarks/nats-peer)
 */
record ModuleClasspaths(Path root, String serverRuntime, String openMomClient, String artemisPeer, String natsPeer) {

    /** Found from where this class was loaded: {@code ROOT/benchmarks/target/benchmarks-*.jar}. */
    static ModuleClasspaths ofThisBuild() {
        Path root;
        try {
            Path location = Path.of(ModuleClasspaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            root = location.getParent().getParent().getParent(); // jar (or classes/) → target → benchmarks → root
        } catch (URISyntaxException e) {
            throw new BenchFailure("cannot tell where the benchmarks module is: " + e.getMessage());
        }
        return new ModuleClasspaths(root, of(root, "server-runtime", "server-runtime"), of(root, "benchmarks", "benchmarks"),
                of(root, "benchmarks/artemis-peer", "benchmarks-artemis-peer"), of(root, "benchmarks/nats-peer", "benchmarks-nats-peer"));
    }

    private static String of(Path root, String module, String artifactId) {
        Path target = root.resolve(module).resolve("target");
        Path dependencies = target.resolve("classpath.txt");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches(artifactId + "-[0-9].*(?<!-sources|-tests)\\.jar"))
                    .findFirst().orElseThrow(() -> new BenchFailure("no " + artifactId + " jar in " + target
                            + " — build with: mvn -B -q -DskipTests -pl benchmarks,benchmarks/artemis-peer,benchmarks/nats-peer -am package"));
            return jar + java.io.File.pathSeparator + Files.readString(dependencies, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new BenchFailure("module " + module + " is not built (" + e.getMessage()
                    + ") — build with: mvn -B -q -DskipTests -pl benchmarks,benchmarks/artemis-peer,benchmarks/nats-peer -am package");
        }
    }
}
