package org.openmom.admin;

import java.util.List;

/**
 * The end of a server's audit log.
 *
 * @param entries the last entries, oldest first
 * @param file    where the server keeps the log (bounded: the older half is dropped past its size)
 */
public record AuditTail(List<AuditEntry> entries, String file) {
    public AuditTail {
        entries = List.copyOf(entries);
    }
}
