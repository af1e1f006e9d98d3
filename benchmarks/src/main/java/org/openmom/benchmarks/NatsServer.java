package org.openmom.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's NATS server ({@code nats-server}), for the NATS core side of the benchmark ({@code --nats}). */
final class NatsServer {
    private static final String PROGRAM = "nats-server";
    /** Where Debian's package puts it (/usr/sbin is not on every user's PATH). */
    private static final Path DEBIAN = Path.of("/usr/sbin", PROGRAM);

    private NatsServer() {}

    /** The program to run; fails with how to install it when there is none. */
    static String command() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, PROGRAM))) {
                return Path.of(dir, PROGRAM).toString();
            }
        }
        if (Files.isExecutable(DEBIAN)) {
            return DEBIAN.toString();
        }
        throw new BenchFailure(PROGRAM + " is not on the PATH nor in /usr/sbin: install it (Debian: apt-get install nats-server) "
                + "or run the benchmark without --nats");
    }
}
