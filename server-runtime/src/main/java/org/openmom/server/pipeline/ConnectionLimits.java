package org.openmom.server.pipeline;

/**
 * What one peer, and all of them, may hold of a server before they are anyone (issue #18 item
 * 4): connections that never register are closed after a while, frames before REGISTER are small,
 * and the connections at once are bounded overall and per address, so that nobody unauthenticated
 * can make the server keep unbounded sockets or buffers.
 *
 * @param maxConnections           connections at once, every peer together
 * @param maxPerAddress            connections at once from one IP address (all local-socket peers count as one)
 * @param registrationTimeoutMillis how long a connection may stay without a registration after HELLO
 *                                 (enough for a {@code users} query or a discovery probe)
 * @param unregisteredMaxFrameSize the largest frame a connection may send before it registers
 *                                 (HELLO, REGISTER with its registration message, USERS, PING)
 */
public record ConnectionLimits(int maxConnections, int maxPerAddress, long registrationTimeoutMillis, int unregisteredMaxFrameSize) {
    public ConnectionLimits {
        if (maxConnections < 1 || maxPerAddress < 1 || registrationTimeoutMillis < 1 || unregisteredMaxFrameSize < 1024) {
            throw new IllegalArgumentException("connection limits must be positive (and a frame 1 KiB at least): " + maxConnections + ", "
                    + maxPerAddress + ", " + registrationTimeoutMillis + " ms, " + unregisteredMaxFrameSize + " bytes");
        }
    }

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(10_000, 1_000, 60_000, 64 * 1024);
    }

    public ConnectionLimits withConnections(int overall, int perAddress) {
        return new ConnectionLimits(overall, perAddress, registrationTimeoutMillis, unregisteredMaxFrameSize);
    }

    public ConnectionLimits withRegistrationTimeout(long millis) {
        return new ConnectionLimits(maxConnections, maxPerAddress, millis, unregisteredMaxFrameSize);
    }
}
