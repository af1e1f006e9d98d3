package org.openmom.admin;

/**
 * How a search ended.
 *
 * @param scanned   how many messages (copies in mailboxes, and seeds) it looked at
 * @param hits      how many it found (and sent)
 * @param capped    whether it stopped at the hit cap with messages left to look at
 */
public record SearchSummary(long scanned, int hits, boolean capped) {}
