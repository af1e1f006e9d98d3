package org.openmom.admin.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.MessageFlag;
import org.openmom.model.ServiceUser;
import org.openmom.wire.WireException;

/**
 * The export file format: JSON Lines, one {@link ExportedMessage} per line (headers, properties,
 * the body in base64), UTF-8. What {@code openmom export} and the Explorer write, and
 * {@code openmom import} reads back in batches small enough for one ADMIN_IMPORT frame each.
 */
public final class MessageLines {
    /** Bodies of one ADMIN_IMPORT at most (base64 makes the frame a third bigger, well inside a frame). */
    public static final int MAX_BATCH_BYTES = 4 << 20;
    /** Messages of one ADMIN_IMPORT at most, so a file of tiny messages still goes in steps. */
    public static final int MAX_BATCH_MESSAGES = 5_000;

    /** A message larger than this cannot be imported: with base64 and JSON it would not fit in one frame. */
    public static final int MAX_IMPORT_BODY = 12 << 20;

    /** One line of the file: the addresses as {@code SERVICE/USER}, as a person reads and writes them. */
    record Line(long id, String from, String to, String event, Set<MessageFlag> flags, long postedAtMillis,
            Map<String, String> properties, byte[] body) {
        static Line of(ExportedMessage message) {
            return new Line(message.id(), message.from().toString(), message.to().toString(), message.event(), message.flags(),
                    message.postedAtMillis(), message.properties(), message.body());
        }

        ExportedMessage message() {
            if (from == null || to == null || event == null || body == null) {
                throw new IllegalArgumentException("a line needs \"from\", \"to\", \"event\" and \"body\"");
            }
            return new ExportedMessage(id, ServiceUser.parse(from), ServiceUser.parse(to), event, flags, postedAtMillis, properties, body);
        }
    }

    private MessageLines() {}

    /** Writes one message as one line. */
    public static void write(OutputStream out, ExportedMessage message) throws IOException {
        out.write(AdminJson.write(Line.of(message)));
        out.write('\n');
    }

    /**
     * Reads {@code file} and hands its messages to {@code batch} in batches of at most
     * {@link #MAX_BATCH_BYTES} of bodies and {@link #MAX_BATCH_MESSAGES} messages (a bigger
     * message goes alone). Blank lines are skipped.
     *
     * @return how many messages it read
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException {@code FILE:LINE: what — fix} for a line that is not an exported message
     */
    public static long batches(Path file, Consumer<List<ExportedMessage>> batch) throws IOException {
        List<ExportedMessage> pending = new ArrayList<>();
        long bytes = 0;
        long count = 0;
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ExportedMessage message = parse(file, lineNumber, line);
                if (message.body().length > MAX_IMPORT_BODY) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": message #" + message.id() + " has " + message.body().length
                            + " bytes, more than an import carries (" + MAX_IMPORT_BODY + ") — post it with openmom post --body-file");
                }
                if (!pending.isEmpty() && (bytes + message.body().length > MAX_BATCH_BYTES || pending.size() == MAX_BATCH_MESSAGES)) {
                    batch.accept(List.copyOf(pending));
                    pending.clear();
                    bytes = 0;
                }
                pending.add(message);
                bytes += message.body().length;
                count++;
            }
        }
        if (!pending.isEmpty()) {
            batch.accept(List.copyOf(pending));
        }
        return count;
    }

    private static ExportedMessage parse(Path file, int lineNumber, String line) {
        try {
            return AdminJson.read(line.getBytes(StandardCharsets.UTF_8), Line.class).message();
        } catch (WireException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not an exported message (" + e.getMessage()
                    + ") — give a file written by 'openmom export' or the Explorer's Export");
        }
    }
}
