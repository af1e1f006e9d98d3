package org.openmom.reflex;

import org.openmom.model.Message;

/**
 * A service inside the server ({@code LocalService}, guide prototype
 * {@code void f(RE_RTmessage* PMmessage, RE_RTmessage* PManswer)}): gets a copy of every message
 * for its service name and event, and answers CALLs synchronously with {@code answer}.
 */
public interface LocalServiceReflex {
    void handle(Message message, Answer answer) throws Exception;
}
