package org.openmom.model;

/** How a registered instance receives its messages. */
public enum DeliveryMode {
    /** The server pushes messages as they arrive, within the instance's in-flight window. */
    CALLBACK,
    /** The server sends messages only as credit granted by FETCH allows. */
    POLLING
}
