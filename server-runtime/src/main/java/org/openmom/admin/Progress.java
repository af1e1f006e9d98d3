package org.openmom.admin;

/**
 * How far a streaming request is on the server: {@code done} of {@code total} messages looked at
 * (a search) or sent (an export). {@code total} is 0 until the server said it.
 */
public record Progress(long done, long total) {
    public static final Progress NONE = new Progress(0, 0);

    /** From 0 to 1; 0 while the total is not known. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
