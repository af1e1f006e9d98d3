package org.openmom.client;

/** The server's confirmation of a post: its id, how many mailboxes it reached, whether it waits. */
public record PostResult(long messageId, int recipients, boolean waiting) {}
