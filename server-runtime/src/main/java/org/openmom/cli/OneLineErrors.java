package org.openmom.cli;

import org.openmom.client.OpenMomException;
import org.openmom.fileformat.FileProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an exception escaping a subcommand into one line on stderr: the person reads what went
 * wrong, never a stack trace (that goes to the debug log for developers).
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        LOG.debug("command failed", error);
        // an OpenMomException is one line with its fix too (e.g. OPENMOM_HEADER_ENCODING naming no encoding)
        boolean personCanFixIt = error instanceof UserInputException || error instanceof FileProblemException
                || error instanceof OpenMomException;
        String message = personCanFixIt
                ? error.getMessage()
                : "openmom: internal error: " + error + " — please report it with the command you ran";
        commandLine.getErr().println(message);
        return ExitCode.INVALID_INPUT;
    }
}
