package org.openmom.server;

/**
 * One instance held by one client for a unit of work (the FireRender Service Broker's "lock down
 * an instance exclusively"): the owner's POSTs and CALLs through it go to that instance, and
 * other clients' anycast skips it. Guarded by the broker lock.
 */
public final class InstanceLock {
    private final long id;
    private final Instance owner;
    private final Instance locked;
    /** When the owner last used it (or took it): an idle lock ends. */
    long lastUseAt;

    InstanceLock(long id, Instance owner, Instance locked, long now) {
        this.id = id;
        this.owner = owner;
        this.locked = locked;
        this.lastUseAt = now;
    }

    public long id() {
        return id;
    }

    public Instance owner() {
        return owner;
    }

    public Instance locked() {
        return locked;
    }
}
