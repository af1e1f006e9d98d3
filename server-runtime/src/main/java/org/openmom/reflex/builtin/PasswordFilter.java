package org.openmom.reflex.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.ReflexContext;
import org.openmom.reflex.RegistrationFilter;

/**
 * {@code RegistrationFilter <name> builtin <service> PasswordFilter}: accepts a service only when
 * its registration message is the password stored for its (service, user) in the file
 * {@code <name>.passwd} beside the configuration file (written by {@code openmom passwd}). The
 * file is read again when it changes, so passwords can be set while the server runs.
 */
public final class PasswordFilter implements RegistrationFilter {
    public static final String SUFFIX = ".passwd";

    private final ReflexContext context;
    private final Path file;
    private PasswordFile passwords;
    private FileTime readAt;

    public PasswordFilter(ReflexContext context) throws IOException {
        this.context = context;
        this.file = context.resolve(context.serviceName() + SUFFIX);
        if (!Files.isReadable(file)) {
            throw new IOException("no password file " + file + " — create it with: openmom passwd " + file + " SERVICE USER");
        }
        reload();
    }

    @Override
    public synchronized boolean accept(ServiceUser service, byte[] registrationMessage) throws IOException {
        if (!Files.getLastModifiedTime(file).equals(readAt)) {
            reload();
        }
        boolean accepted = passwords.check(service, new String(registrationMessage, StandardCharsets.UTF_8));
        if (!accepted) {
            context.logger().info("{}: wrong or no password for {} (entries in {})", context.serviceName(), service, file);
        }
        return accepted;
    }

    private void reload() throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        passwords = PasswordFile.read(file);
        readAt = modified;
    }
}
