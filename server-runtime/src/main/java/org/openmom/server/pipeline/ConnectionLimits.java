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
 * @param unregisteredMemory       bytes of unfinished frames the server keeps for every connection
 *                                 not registered together (many peers each sending most of a
 *                                 small frame would add up to {@code maxConnections} of them)
 */
public record ConnectionLimits(int maxConnections, int maxPerAddress, long registrationTimeoutMillis, int unregisteredMaxFrameSize,
        long unregisteredMemory) {
    public ConnectionLimits {
        if (maxConnections < 1 || maxPerAddress < 1 || registrationTimeoutMillis < 1 || unregisteredMaxFrameSize < 1024
                || unregisteredMemory < unregisteredMaxFrameSize) {
            throw new IllegalArgumentException("connection limits must be positive (a frame 1 KiB at least, the memory of unregistered"
                    + " connections one frame at least): " + maxConnections + ", " + maxPerAddress + ", " + registrationTimeoutMillis
                    + " ms, " + unregisteredMaxFrameSize + " bytes, " + unregisteredMemory + " bytes");
        }
    }

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(10_000, 1_000, 60_000, 64 * 1024, 64L * 1024 * 1024);
    }

    public ConnectionLimits withConnections(int overall, int perAddress) {
        return new ConnectionLimits(overall, perAddress, registrationTimeoutMillis, unregisteredMaxFrameSize, unregisteredMemory);
    }

    public ConnectionLimits withRegistrationTimeout(long millis) {
        return new ConnectionLimits(maxConnections, maxPerAddress, millis, unregisteredMaxFrameSize, unregisteredMemory);
    }

    public ConnectionLimits withUnregisteredMemory(long bytes) {
        return new ConnectionLimits(maxConnections, maxPerAddress, registrationTimeoutMillis, unregisteredMaxFrameSize, bytes);
    }
}
