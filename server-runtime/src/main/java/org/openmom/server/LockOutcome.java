package org.openmom.server;

/** The answer to {@link Broker#lock}: the lock, or why none could be taken. */
public record LockOutcome(InstanceLock lock, String refusal) {
    static LockOutcome locked(InstanceLock lock) {
        return new LockOutcome(lock, null);
    }

    static LockOutcome refused(String refusal) {
        return new LockOutcome(null, refusal);
    }
}
