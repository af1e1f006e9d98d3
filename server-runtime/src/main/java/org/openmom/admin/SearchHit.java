package org.openmom.admin;

/**
 * A message a search found.
 *
 * @param mailbox where it is (a service instance's mailbox or a section of the server mailbox)
 * @param where   that place as a person reads it: {@code SERVICE/USER} of the instance, or the section's name
 * @param message the message's headers and the first bytes of its body
 */
public record SearchHit(MailboxRef mailbox, String where, MessageSummary message) {}
