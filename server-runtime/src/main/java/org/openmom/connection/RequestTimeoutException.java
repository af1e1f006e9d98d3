package org.openmom.connection;

import java.util.concurrent.TimeoutException;

/** No answer to a request came before its deadline; the connection goes on. */
public final class RequestTimeoutException extends TimeoutException {
    RequestTimeoutException(String message) {
        super(message);
    }
}
