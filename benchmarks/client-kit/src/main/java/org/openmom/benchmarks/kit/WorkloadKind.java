package org.openmom.benchmarks.kit;

/** The shapes of traffic a benchmark client can drive; each broker side implements all of them. */
public enum WorkloadKind {
    /** Producers send non-persistent messages without confirmation, each to its own consumer. */
    STREAM,
    /** One producer sends persistent messages, up to a window of them unconfirmed; a consumer takes them. */
    PERSISTENT_WINDOWED,
    /** One producer sends persistent messages, each waiting for its confirmation; a consumer takes them. */
    PERSISTENT_BLOCKING,
    /** One caller makes calls one at a time to a responder connected like itself. */
    REQUEST_REPLY,
    /**
     * One producer sends non-persistent messages to one destination that {@code instances}
     * consumers share (OpenMOM: instances of one service, anycast; Artemis: consumers of one
     * queue): each message goes to one of them.
     */
    ANYCAST,
    /**
     * Persistent messages wait for a consumer that is away (posted before the run, confirmed);
     * the run is its registration, until its first message arrives.
     */
    BACKLOG_REGISTRATION,
    /**
     * Persistent messages posted to a consumer that is away (measured), then the broker
     * restarted and the backlog drained by the consumer while another pair makes calls one at
     * a time (reported as figures after the result).
     */
    BACKLOG_RESTART
}
