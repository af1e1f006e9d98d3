package org.openmom.wire;

/**
 * One registered (service, user) in a USERS answer.
 *
 * @param server        where it is registered ({@code NAME/ROLE}): the server answering, or one its
 *                      routers reach; null from a server of an older version (the one answering)
 * @param outOfRotation of its instances, those anycast skips as bad: their CALLs timed out or their
 *                      acknowledgements stalled (0 from an older server)
 * @param locked        of its instances, those a client holds with a lock
 */
public record UserInfo(String service, String user, int instances, boolean enabled, int undelivered, String server, int outOfRotation,
        int locked) {
    public UserInfo(String service, String user, int instances, boolean enabled, int undelivered, String server) {
        this(service, user, instances, enabled, undelivered, server, 0, 0);
    }

    /** An entry of the server answering, as older servers sent them (without {@code server}). */
    public UserInfo(String service, String user, int instances, boolean enabled, int undelivered) {
        this(service, user, instances, enabled, undelivered, null);
    }
}
