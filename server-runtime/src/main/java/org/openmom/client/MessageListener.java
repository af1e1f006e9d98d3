package org.openmom.client;

/**
 * Receives messages in callback mode, one at a time, on the client's dispatch thread (never a
 * network thread). A message is acknowledged when this returns; if it throws, it is
 * acknowledged too (the error is logged) so one bad message cannot block the mailbox.
 */
@FunctionalInterface
public interface MessageListener {
    void onMessage(ReceivedMessage message);
}
