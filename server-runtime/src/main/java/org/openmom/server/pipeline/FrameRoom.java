package org.openmom.server.pipeline;

import org.openmom.model.ServiceUser;

/**
 * Whether a message posted or called fits the frames that carry it on (issue #18 item 8): a
 * DELIVER adds the sender's and the recipient's names and an id around the same body, and a
 * router's POST adds the route; a body that just fit the sender's frame would not fit those, and
 * the recipient would drop its connection on it. So the server takes a body only when the largest
 * frame carrying it on stays within the maximum frame size: names counted at their worst JSON
 * escape, plus a fixed room for the rest of a header and a route of the hop limit.
 */
final class FrameRoom {
    /** The most bytes one character of a name takes in a JSON header: a backslash, a u and four hex digits. */
    private static final int BYTES_PER_CHAR = 6;
    /**
     * Lengths, type, id, flags and the JSON around them, and a route of 16 servers with names of
     * 255 characters: far more than any real header needs.
     */
    static final int FIXED_ROOM = 32 * 1024;

    private final int maxFrameSize;

    FrameRoom(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    /** The largest body a message from {@code from} to {@code to} with {@code event} may have, or a negative number. */
    long largestBody(ServiceUser from, ServiceUser to, String event) {
        long names = (long) from.service().length() + from.user().length() + to.service().length() + to.user().length()
                + event.length();
        return maxFrameSize - FIXED_ROOM - BYTES_PER_CHAR * names;
    }

    /** Why the body does not fit, one line with the fix, or null when it does. */
    String refusal(ServiceUser from, ServiceUser to, String event, int bodyLength) {
        long largest = largestBody(from, to, event);
        if (bodyLength <= largest) {
            return null;
        }
        return "a message of " + bodyLength + " bytes does not fit the frames that deliver it (at most " + Math.max(0, largest)
                + " bytes with these names, the maximum frame size being " + maxFrameSize + "): send a smaller body, or start the"
                + " server and its clients with a larger maximum frame size";
    }
}
