package org.openmom.server;

/**
 * What became of a posted seed.
 *
 * @param messageId  the id the server gave it (0 when refused)
 * @param recipients how many mailboxes received a copy
 * @param waiting    a persistent seed kept in the server mailbox for a later registration
 * @param refusal    why the server did not post it (null when it did)
 */
public record PostOutcome(long messageId, int recipients, boolean waiting, String refusal) {
    public static PostOutcome refused(String reason) {
        return new PostOutcome(0, 0, false, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
