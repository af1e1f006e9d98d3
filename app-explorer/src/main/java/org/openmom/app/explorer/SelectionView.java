package org.openmom.app.explorer;

/** What the window shows above the details of the selected node. */
public enum SelectionView {
    /** Only the details (a service, a reflex, a router, a message…). */
    DETAILS,
    /** The message table of the selected mailbox. */
    MESSAGES,
    /** The overview of the mailboxes under the selected node. */
    OVERVIEW,
    /** The server's trash, with Restore. */
    TRASH,
    /** The server's audit log. */
    AUDIT_LOG
}
