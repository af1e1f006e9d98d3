package org.openmom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The body a command sends: {@code --body TEXT} or {@code --body-file FILE} (an exclusive argument group), else empty. */
final class MessageBody {
    @Option(names = "--body", paramLabel = "TEXT", description = "the body (UTF-8)")
    private String text;

    @Option(names = "--body-file", paramLabel = "FILE", description = "the body, read from a file as is")
    private Path file;

    /** @throws UserInputException one line when the file cannot be read */
    byte[] bytes() {
        if (file != null) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UserInputException("--body-file " + file + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
