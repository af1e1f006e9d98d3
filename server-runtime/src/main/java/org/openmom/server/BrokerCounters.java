package org.openmom.server;

/**
 * Counters of one server, as the status and the Explorer show them.
 *
 * @param overflows      non-persistent copies dropped because the recipient's mailbox was full
 * @param heldBytes      bytes of the message copies held now (see {@link HeldMemory})
 * @param memoryBound    the bound on {@code heldBytes}
 * @param memoryRefusals posts refused because they would have passed the memory bound
 */
public record BrokerCounters(
        long posted, long delivered, long acknowledged, long deadLetters, long overflows, int waitingSeeds, int instances,
        long heldBytes, long memoryBound, long memoryRefusals) {}
