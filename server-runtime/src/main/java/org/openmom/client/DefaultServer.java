package org.openmom.client;

import java.util.Optional;
import org.openmom.model.ServerAddress;

/**
 * The server named by {@code $OPENMOM_SERVER}: a server starting a program on demand
 * (docs/activation.md) tells it where to connect this way, so the client API and the CLI take
 * it as their default, before the Servers List.
 */
public final class DefaultServer {
    public static final String VARIABLE = "OPENMOM_SERVER";

    private DefaultServer() {}

    /** The text of {@code $OPENMOM_SERVER}, empty when it is unset or blank. */
    public static Optional<String> text() {
        String value = System.getenv(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The address of {@code $OPENMOM_SERVER}, empty when it is unset or blank.
     *
     * @throws OpenMomException when it holds no address
     */
    public static Optional<ServerAddress> address() {
        try {
            return text().map(ServerAddress::parse);
        } catch (IllegalArgumentException e) {
            throw new OpenMomException("$" + VARIABLE + ": " + e.getMessage() + " — set it to host:port or local:NAME.ROLE, or unset it");
        }
    }
}
