package org.openmom.admin;

import java.util.List;

/**
 * What a server has done since it started, and what it holds now.
 *
 * @param posted                 messages posted (seeds created)
 * @param delivered              messages sent to services
 * @param acknowledged           messages services acknowledged (they left their mailbox)
 * @param deadLetters            messages that found no recipient since the start, whether a DeadLetters reflex kept them or not
 * @param overflows              ordinary copies dropped because the recipient's mailbox was full
 * @param deleted                messages and seeds deleted by administrators
 * @param services               registered service instances (administration services excluded)
 * @param administrationServices registered administration services
 * @param mailboxMessages        messages in the mailboxes of all services (queued and in flight)
 * @param waitingSeeds           persistent message seeds waiting in the server mailbox for a recipient
 * @param heldBytes              bytes of the messages the server holds now (each mailbox copy counted)
 * @param memoryBound            the server's bound on {@code heldBytes} ({@code --max-memory})
 * @param memoryRefusals         posts refused because they would have passed the memory bound
 * @param routedDuplicates       copies of messages that came again through a router (a link dropped
 *                               before its confirmation, a restart, a global message along a second
 *                               path): confirmed, not posted twice (docs/routers.md)
 * @param routedLoops            messages a router brought back to this server after it had passed it: dropped
 * @param strayReplies           REPLY frames ignored: not from the instance the CALL went to, or for no waiting call
 * @param storeRefusals          persistent posts refused because the journal could not store them (a failing disk, a full queue)
 * @param storeTroubles          what keeps the journals from writing now (a full disk), one line each; empty while they write
 */
public record ServerCounters(
        long posted,
        long delivered,
        long acknowledged,
        long deadLetters,
        long overflows,
        long deleted,
        int services,
        int administrationServices,
        long mailboxMessages,
        int waitingSeeds,
        long heldBytes,
        long memoryBound,
        long memoryRefusals,
        long routedDuplicates,
        long routedLoops,
        long strayReplies,
        long storeRefusals,
        List<String> storeTroubles) {}
