package org.openmom.server;

import org.openmom.model.ServiceUser;

/**
 * One registered (service, user) as USERS lists it.
 *
 * @param server the server it is registered on, {@code NAME/ROLE}: this one, or one its routers reach
 */
public record UserEntry(ServiceUser who, int instances, boolean enabled, int undelivered, String server) {}
