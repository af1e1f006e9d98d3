package org.openmom.server;

/** A test's store of bodies that keeps no count of its users: only what it reads matters. */
abstract class UncountedStoredBodies implements StoredBodies {
    @Override
    public void retain() {
    }

    @Override
    public void release() {
    }

    @Override
    public void close() {
    }
}
