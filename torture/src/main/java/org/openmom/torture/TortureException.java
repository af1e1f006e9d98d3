package org.openmom.torture;

/** A scenario could not go on (a server did not start, a wait gave up): the scenario fails with this line. */
final class TortureException extends RuntimeException {
    TortureException(String message) {
        super(message);
    }

    TortureException(String message, Throwable cause) {
        super(message, cause);
    }
}
