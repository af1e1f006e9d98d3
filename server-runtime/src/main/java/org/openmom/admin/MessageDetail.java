package org.openmom.admin;

import java.util.List;

/**
 * One whole message, for the Explorer's details pane.
 *
 * @param summary its headers ({@code preview} holds the first bytes, {@code body} all of them)
 * @param body    the whole body
 * @param foundIn every mailbox that holds it now: service instances and server mailbox sections
 */
public record MessageDetail(MessageSummary summary, byte[] body, List<MailboxRef> foundIn) {
    public MessageDetail {
        foundIn = List.copyOf(foundIn);
    }
}
