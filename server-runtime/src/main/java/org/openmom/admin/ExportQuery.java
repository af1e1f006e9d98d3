package org.openmom.admin;

import java.util.List;
import org.openmom.model.ServiceUser;

/**
 * What an ADMIN_EXPORT streams: every message waiting for one service and user (its mailboxes
 * and its seeds in the server mailbox, as a purge would remove them), one mailbox, or messages
 * by id. Exactly one of the three is set.
 */
public record ExportQuery(ServiceUser target, MailboxRef mailbox, List<Long> ids) {
    public ExportQuery {
        ids = ids == null ? null : List.copyOf(ids);
        int given = (target == null ? 0 : 1) + (mailbox == null ? 0 : 1) + (ids == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("an export names one service/user, one mailbox or a list of ids");
        }
    }

    public static ExportQuery of(ServiceUser target) {
        return new ExportQuery(target, null, null);
    }

    public static ExportQuery of(MailboxRef mailbox) {
        return new ExportQuery(null, mailbox, null);
    }

    public static ExportQuery ofIds(List<Long> ids) {
        return new ExportQuery(null, null, ids);
    }
}
