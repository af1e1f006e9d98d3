package org.openmom.server.pipeline;

/** The server could not start; the message is one line naming the place and the fix. */
public class ServerStartException extends Exception {
    public ServerStartException(String message) {
        super(message);
    }
}
