package org.openmom.server;

/** Counters of one server, as the status and the Explorer show them. */
public record BrokerCounters(
        long posted, long delivered, long acknowledged, long deadLetters, int waitingSeeds, int instances) {}
