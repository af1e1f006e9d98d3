package org.openmom.server;

import org.openmom.model.Message;

/**
 * A reflex that acts as a service inside the server: it consumes message copies and answers
 * CALLs synchronously (guide: "Local Service"). Runs under the broker lock: be quick.
 */
@FunctionalInterface
public interface LocalService {
    /** Handles {@code message}; the returned bytes are the reply of a CALL (ignored for a POST). */
    byte[] handle(Message message);
}
