package org.openmom.reflex.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** What the file looked like when read: openmom passwd replaces it (new inode), which a coarse mtime alone may miss. */
    private List<Object> readVersion;
    /**
     * Passwords already checked, as a fast digest of (stored entry, password): the slow PBKDF2
     * check runs while the broker waits, so a service that reconnects should not pay it again.
     * Kept in memory only, and forgotten when the file changes.
     */
    private final Map<ServiceUser, byte[]> verified = new HashMap<>();

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
        if (!versionOf(file).equals(readVersion)) {
            reload();
        }
        String password = new String(registrationMessage, StandardCharsets.UTF_8);
        String entry = passwords.entryOf(service);
        if (entry == null) {
            context.logger().info("{}: no password for {} in {}", context.serviceName(), service, file);
            return false;
        }
        byte[] digest = digest(entry, password);
        if (MessageDigest.isEqual(digest, verified.get(service))) {
            return true;
        }
        boolean accepted = passwords.check(service, password);
        if (accepted) {
            verified.put(service, digest);
        } else {
            context.logger().info("{}: wrong password for {} (entries in {})", context.serviceName(), service, file);
        }
        return accepted;
    }

    private void reload() throws IOException {
        List<Object> version = versionOf(file);
        passwords = PasswordFile.read(file);
        readVersion = version;
        verified.clear();
    }

    private static List<Object> versionOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return Arrays.asList(attributes.lastModifiedTime(), attributes.fileKey(), attributes.size());
    }

    private static byte[] digest(String entry, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(entry.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which Java 17 always has", e);
        }
    }
}
