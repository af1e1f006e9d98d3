package org.openmom.wire;

/** One registered (service, user) in a USERS answer. */
public record UserInfo(String service, String user, int instances, boolean enabled, int undelivered) {}
