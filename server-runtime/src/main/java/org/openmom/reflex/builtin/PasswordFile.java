package org.openmom.reflex.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.TextFiles;
import org.openmom.model.ServiceUser;

/**
 * The password file of {@link PasswordFilter}: one line per (service, user),
 * {@code SERVICE USER pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64, {@code +}
 * for a space in names as in the other OpenMOM files, {@code #} comments kept). Only salted
 * PBKDF2 hashes are stored, so a leaked file does not give the passwords away.
 */
public final class PasswordFile {
    static final String SCHEME = "pbkdf2-sha256";
    /**
     * Enough to slow guessing, few enough that a check stays well inside a reflex's time budget
     * (the broker waits for it): some 20–100 ms. Stored per entry, so it can be raised later.
     */
    static final int ITERATIONS = 20_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<ServiceUser, String> hashes;

    private PasswordFile(Map<ServiceUser, String> hashes) {
        this.hashes = hashes;
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException with a one-line message naming the file and line of a bad entry
     */
    public static PasswordFile read(Path file) throws IOException {
        Map<ServiceUser, String> hashes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[ \t]+");
            if (fields.length != 3 || !fields[2].startsWith(SCHEME + ":") || fields[2].split(":").length != 4) {
                throw new IOException(file + ":" + (i + 1) + ": not a password entry 'SERVICE USER " + SCHEME
                        + ":…' — write it with: openmom passwd " + file + " SERVICE USER");
            }
            hashes.put(ServiceUser.of(FieldCodec.decode(fields[0]), FieldCodec.decode(fields[1])), fields[2]);
        }
        return new PasswordFile(hashes);
    }

    /** Whether {@code password} is the one stored for {@code who} (false when none is). */
    public boolean check(ServiceUser who, String password) {
        String stored = hashes.get(who);
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, hash(password, salt, iterations));
    }

    public boolean contains(ServiceUser who) {
        return hashes.containsKey(who);
    }

    /** The stored entry of {@code who} ({@code pbkdf2-sha256:…}), or null. */
    String entryOf(ServiceUser who) {
        return hashes.get(who);
    }

    /**
     * Sets the password of {@code who} in {@code file} (created if missing), keeping the other
     * lines as they are; the file is replaced atomically.
     */
    public static void setPassword(Path file, ServiceUser who, String password) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            lines.add("# OpenMOM passwords for the PasswordFilter reflex: SERVICE USER salted-hash (openmom passwd)");
        }
        String entry = FieldCodec.encode(who.service()) + " " + FieldCodec.encode(who.user()) + " " + newHash(password);
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            Optional<ServiceUser> owner = ownerOf(lines.get(i));
            if (owner.isPresent() && owner.get().equals(who)) {
                lines.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(entry);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        TextFiles.writePrivateAtomically(file, String.join("\n", lines) + "\n");
    }

    private static Optional<ServiceUser> ownerOf(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return Optional.empty();
        }
        String[] fields = stripped.split("[ \t]+");
        return fields.length < 2 ? Optional.empty()
                : Optional.of(ServiceUser.of(FieldCodec.decode(fields[0]), FieldCodec.decode(fields[1])));
    }

    static String newHash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(hash(password, salt, ITERATIONS));
    }

    private static byte[] hash(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks PBKDF2WithHmacSHA256, which Java 17 always has", e);
        } finally {
            spec.clearPassword();
        }
    }
}
