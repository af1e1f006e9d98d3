package org.openmom.cli;

import java.nio.charset.StandardCharsets;
import org.openmom.client.ClientOptions;
import picocli.CommandLine.Option;

/** {@code --registration-message TEXT}: what a command that registers gives the server's registration filters. */
final class RegistrationMessage {
    @Option(names = "--registration-message", paramLabel = "TEXT",
            description = "sent with the registration, for the server's registration filters (e.g. a PasswordFilter's password)")
    private String text;

    ClientOptions addTo(ClientOptions options) {
        return text == null ? options : options.withRegistrationMessage(text.getBytes(StandardCharsets.UTF_8));
    }
}
