package org.openmom.server;

import java.util.Optional;

/** The answer to a registration: the new instance, or why it was refused (one line). */
public record Registration(Instance instance, String refusal) {
    static Registration accepted(Instance instance) {
        return new Registration(instance, null);
    }

    static Registration refused(String reason) {
        return new Registration(null, reason);
    }

    public boolean isAccepted() {
        return instance != null;
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusal);
    }
}
