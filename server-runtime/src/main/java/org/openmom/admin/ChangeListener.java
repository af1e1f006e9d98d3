package org.openmom.admin;

/**
 * Receives the change events of a watch, in order, on the session's I/O thread: return quickly
 * (hop to the FX thread or a queue) — a listener that blocks delays that session's answers.
 */
@FunctionalInterface
public interface ChangeListener {
    void changed(ChangeEvent event);
}
