package org.openmom.server;

import java.io.IOException;

/**
 * Where a store keeps the bodies of the messages it replayed: a waiting seed's body beyond the
 * memory budget is read back from there when needed instead of being copied to a page file at
 * start (a restart with a backlog of a million wrote a gigabyte of page files, and waited for the
 * disk to take it). Readable from any thread while retained.
 */
public interface StoredBodies {
    /** {@code length} bytes at {@code offset}. */
    byte[] read(long offset, int length) throws IOException;

    /** One more waiting body is read from here. */
    void retain();

    /** One waiting body fewer; the last one lets the store's file go. */
    void release();

    /** The server stops: the file goes now, whoever still uses it. */
    void close();
}
