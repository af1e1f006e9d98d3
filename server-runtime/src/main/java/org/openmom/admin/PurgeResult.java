package org.openmom.admin;

import org.openmom.model.ServiceUser;

/**
 * What an ADMIN_PURGE removed.
 *
 * @param target  the service and user purged
 * @param purged  messages removed from its mailboxes plus seeds waiting for it in the server mailbox
 * @param trashed how many of them the server keeps in its trash (restorable); fewer than
 *                {@code purged} when the trash's bounds were reached
 */
public record PurgeResult(ServiceUser target, long purged, long trashed) {}
