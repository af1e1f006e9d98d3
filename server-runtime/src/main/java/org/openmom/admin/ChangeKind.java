package org.openmom.admin;

/** What changed on a watched server. */
public enum ChangeKind {
    /** A service or administration service registered ({@code instanceId}, {@code who}). */
    REGISTERED,
    /** A service instance went away (BYE, lost connection, heartbeat timeout). */
    UNREGISTERED,
    /** A message was posted ({@code messageId}; {@code mailbox} says where a persistent seed waits). */
    POSTED,
    /** A message was sent to a service instance. */
    DELIVERED,
    /** A service instance acknowledged a message: it left its mailbox. */
    ACKNOWLEDGED,
    /** An administrator deleted a message or seed from {@code mailbox}. */
    DELETED,
    /** The status of the server, a service instance or a reflex changed ({@code status}). */
    STATUS_CHANGED,
    /**
     * A router was created or removed, or its link came up or went down ({@code detail}: the
     * router's name). Its counters change too often for events: read them in a snapshot.
     */
    ROUTER_CHANGED,
    /**
     * The server took a new configuration: its reflexes are another set ({@code detail}: what
     * changed, e.g. "1 added, 0 removed, 1 changed"). Read them in a snapshot.
     */
    REFLEXES_RELOADED,
    /**
     * An activated program started, exited, failed or was stopped ({@code detail}: its service;
     * docs/activation.md). Read its state in a snapshot.
     */
    ACTIVATION_CHANGED,
    /** A line of the server log (only when the watch asked for the log). */
    LOG,
    /**
     * Events were dropped because this watcher did not keep up: take a new snapshot (and
     * re-read open mailbox pages). The server never slows down for a slow watcher.
     */
    RESYNC_NEEDED
}
