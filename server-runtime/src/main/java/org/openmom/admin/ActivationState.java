package org.openmom.admin;

/** Where an activated program stands (docs/activation.md). */
public enum ActivationState {
    /** No process runs, and none is wanted: no message waits that an instance could not take. */
    IDLE,
    /** One process or more run. */
    RUNNING,
    /** It exited while messages still waited: it starts again after a back-off. */
    BACKING_OFF,
    /** It crash-looped: it is not started again until an administrator starts it. */
    FAILED,
    /** An administrator stopped it: it is not started again until one starts it. */
    STOPPED
}
