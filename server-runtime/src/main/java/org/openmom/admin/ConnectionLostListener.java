package org.openmom.admin;

/** Told, once, on an I/O thread, that an admin session's connection is gone. */
@FunctionalInterface
public interface ConnectionLostListener {
    /** @param reason one line naming the server and the cause */
    void connectionLost(String reason);
}
