package org.openmom.cli;

/**
 * Something the person can fix: its message is the whole one-line report (place, problem,
 * fix), printed without a stack trace, and the command exits with {@link ExitCode#INVALID_INPUT}.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
