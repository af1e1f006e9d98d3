package org.openmom.admin;

import org.openmom.model.ServiceUser;

/**
 * A deleted or purged message the server keeps for a while, restorable.
 *
 * @param message          the message as it was (its id is the one it had)
 * @param restoreTo        where Restore posts it again: the service and user it was deleted
 *                         from, or its own destination when its seed was deleted
 * @param by               who deleted it (the administration service, and from where)
 * @param deletedAtMillis  when
 * @param expiresAtMillis  when the server forgets it
 */
public record TrashEntry(MessageSummary message, ServiceUser restoreTo, String by, long deletedAtMillis,
        long expiresAtMillis) {}
