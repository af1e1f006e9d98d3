package org.openmom.journal;

/**
 * A journal whose last disk write failed (a full disk, an I/O error): it refuses new messages,
 * keeps removals and rewrites waiting, and tries the disk again every second until a write works.
 *
 * @param reason       the failure of the last attempt, e.g. "No space left on device"
 * @param sinceMillis  when the first write failed (epoch milliseconds)
 */
public record DiskTrouble(String reason, long sinceMillis) {
}
