package org.openmom.server;

/**
 * Counters of one server, as the status and the Explorer show them.
 *
 * @param overflows non-persistent copies dropped because the recipient's mailbox was full
 */
public record BrokerCounters(
        long posted, long delivered, long acknowledged, long deadLetters, long overflows, int waitingSeeds, int instances) {}
