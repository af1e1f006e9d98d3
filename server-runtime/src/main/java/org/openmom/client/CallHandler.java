package org.openmom.client;

/** Answers CALLs addressed to this service (dispatch thread); the result is the reply body. */
@FunctionalInterface
public interface CallHandler {
    byte[] answer(ReceivedMessage call);
}
