package org.openmom.server;

import org.openmom.model.ServiceUser;

/**
 * One registered (service, user) as USERS lists it.
 *
 * @param server        the server it is registered on, {@code NAME/ROLE}: this one, or one its routers reach
 * @param outOfRotation of its instances, those anycast skips as bad (their CALLs timed out or their acknowledgements stalled)
 * @param locked        of its instances, those a client holds with a lock
 */
public record UserEntry(ServiceUser who, int instances, boolean enabled, int undelivered, String server, int outOfRotation, int locked) {
    public UserEntry(ServiceUser who, int instances, boolean enabled, int undelivered, String server) {
        this(who, instances, enabled, undelivered, server, 0, 0);
    }
}
