package org.openmom.wire;

/**
 * One registered (service, user) in a USERS answer.
 *
 * @param server where it is registered ({@code NAME/ROLE}): the server answering, or one its
 *               routers reach; null from a server of an older version (the one answering)
 */
public record UserInfo(String service, String user, int instances, boolean enabled, int undelivered, String server) {
    /** An entry of the server answering, as older servers sent them (without {@code server}). */
    public UserInfo(String service, String user, int instances, boolean enabled, int undelivered) {
        this(service, user, instances, enabled, undelivered, null);
    }
}
