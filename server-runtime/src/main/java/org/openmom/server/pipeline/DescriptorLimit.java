package org.openmom.server.pipeline;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The file descriptors the process may open, read once at start (issue #18 item 4). Past that
 * limit the accept of a new connection fails (EMFILE) and Netty stops accepting for a second at a
 * time: the connection waits in the kernel's backlog and its client hears nothing until it gives
 * up. So the connections at once are capped below the limit, leaving room for what the server
 * itself opens (journals, logs, routers' links, jars), and the connection past the cap is
 * accepted, told why and closed at once.
 *
 * @param max  descriptors the process may open (its {@code ulimit -n}), or -1 when unknown
 * @param open descriptors open when the server started
 */
record DescriptorLimit(long max, long open) {
    /** Descriptors kept for the server's own files and links beyond those open at start. */
    static final long SERVER_OWN = 64;

    static DescriptorLimit ofThisProcess() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof UnixOperatingSystemMXBean) {
            UnixOperatingSystemMXBean unix = (UnixOperatingSystemMXBean) os;
            return new DescriptorLimit(unix.getMaxFileDescriptorCount(), unix.getOpenFileDescriptorCount());
        }
        return new DescriptorLimit(-1, 0);
    }

    /** The most connections at once the descriptors leave room for, or {@code Integer.MAX_VALUE} when unknown. */
    int connections() {
        if (max < 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, max - open - SERVER_OWN));
    }

    /** {@code limits} with the connections at once capped to what the descriptors allow. */
    ConnectionLimits cap(ConnectionLimits limits) {
        return connections() >= limits.maxConnections() ? limits : limits.withConnections(connections(), limits.maxPerAddress());
    }
}
