package org.openmom.admin;

/**
 * One changing administration action, as the server's audit log keeps it.
 *
 * @param atMillis when
 * @param who      the administration service ({@code ADMIN/USER}), and whether it came with the admin secret
 * @param from     where it connected from ({@code local}, or the remote address)
 * @param action   what it did, one line (e.g. {@code purge ORDERS/alice: 20000 messages})
 */
public record AuditEntry(long atMillis, String who, String from, String action) {}
