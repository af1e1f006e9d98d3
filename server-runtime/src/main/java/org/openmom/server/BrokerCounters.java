package org.openmom.server;

import java.util.List;

/**
 * Counters of one server, as the status and the Explorer show them.
 *
 * @param overflows      non-persistent copies dropped because the recipient's mailbox was full
 * @param heldBytes      bytes of the message copies held now (see {@link HeldMemory})
 * @param memoryBound    the bound on {@code heldBytes}
 * @param memoryRefusals posts refused because they would have passed the memory bound
 * @param routedDuplicates copies of messages that came again through a router (after a lost
 *                       link or a restart, or a global message along a second path): confirmed, not posted twice
 * @param routedLoops    messages a router brought back to a server they had passed: dropped
 * @param strayReplies   REPLY frames ignored: not from the instance the CALL was delivered to, or for no waiting call
 * @param storeRefusals  persistent posts refused because the journal could not store them (a failing disk, a full queue)
 * @param storeTroubles  what keeps the journals from writing now, one line each; empty while they write
 */
public record BrokerCounters(
        long posted, long delivered, long acknowledged, long deadLetters, long overflows, int waitingSeeds, int instances,
        long heldBytes, long memoryBound, long memoryRefusals, long routedDuplicates, long routedLoops, long strayReplies,
        long storeRefusals, List<String> storeTroubles) {}
