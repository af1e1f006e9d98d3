package org.openmom.admin;

/** In which order a mailbox page lists messages (by posting order, i.e. message id). */
public enum PageOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
}
