package org.openmom.server;

import org.openmom.model.ServiceUser;

/** One registered (service, user) as USERS lists it. */
public record UserEntry(ServiceUser who, int instances, boolean enabled, int undelivered) {}
