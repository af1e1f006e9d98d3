package org.openmom.model;

import java.util.Objects;

/**
 * A (service name, user name) pair: who a service registered as, or — with {@code *}
 * wildcards — which services a message is addressed to.
 */
public record ServiceUser(String service, String user) {
    public ServiceUser {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(user, "user");
    }

    public static ServiceUser of(String service, String user) {
        return new ServiceUser(service, user);
    }

    /** Parses {@code SERVICE/USER}; a missing user means every user ({@code *}). */
    public static ServiceUser parse(String text) {
        int slash = text.indexOf('/');
        return slash < 0
                ? new ServiceUser(text, NamePattern.WILDCARD)
                : new ServiceUser(text.substring(0, slash), text.substring(slash + 1));
    }

    /** Whether this pattern pair matches the concrete pair {@code who}. */
    public boolean matches(ServiceUser who) {
        return NamePattern.matches(service, who.service) && NamePattern.matches(user, who.user);
    }

    public boolean isPattern() {
        return service.indexOf('*') >= 0 || user.indexOf('*') >= 0;
    }

    @Override
    public String toString() {
        return service + "/" + user;
    }
}
