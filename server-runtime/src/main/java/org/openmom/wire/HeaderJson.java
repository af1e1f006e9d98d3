package org.openmom.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

/**
 * Reads and writes {@link Header}s as JSON objects: reading with {@link HeaderReader} (one pass,
 * no tree, nothing allocated per frame but the header and its new strings; unknown fields
 * skipped, as newer peers may add some), writing with Jackson's streaming generator (only set
 * fields written).
 */
public final class HeaderJson {
    private static final JsonFactory JSON = new JsonFactory();

    private HeaderJson() {}

    public static Header read(byte[] bytes, int offset, int length) {
        return HeaderReader.current().read(bytes, offset, length);
    }

    /** Reads the header at {@code index} of a frame's buffer (heap or direct) without a copy per frame. */
    public static Header read(io.netty.buffer.ByteBuf frame, int index, int length) {
        return HeaderReader.current().read(frame, index, length);
    }

    /** Writes {@code header} at the end of {@code out}, through this thread's open generator. */
    public static void write(Header header, io.netty.buffer.ByteBuf out) {
        WRITER.write(header, out);
    }

    private static final BufferedHeaderWriter WRITER = new BufferedHeaderWriter(() -> {
        try {
            JsonGenerator json = JSON.createGenerator(new BufferedHeaderWriter.BufferTarget());
            json.setRootValueSeparator(null);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    public static void write(Header header, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(header, json, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For logs and messages: the admin secret never appears. */
    static String toJson(Header header) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(header, json, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The fields of {@code h} as one object: the same calls make JSON or CBOR, whichever {@code json} writes. */
    static void write(Header h, JsonGenerator json, boolean redacted) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", h.type() == null ? null : h.type().name());
        number(json, "req", h.req());
        number(json, "id", h.id());
        number(json, "version", h.version());
        text(json, "client", h.client());
        text(json, "server", h.server());
        number(json, "role", h.role());
        number(json, "heartbeat", h.heartbeat());
        text(json, "service", h.service());
        text(json, "user", h.user());
        text(json, "mode", h.mode());
        number(json, "window", h.window());
        text(json, "fromService", h.fromService());
        text(json, "fromUser", h.fromUser());
        text(json, "toService", h.toService());
        text(json, "toUser", h.toUser());
        text(json, "event", h.event());
        flag(json, "persistent", h, Message.PERSISTENT);
        flag(json, "anycast", h, Message.ANYCAST);
        flag(json, "global", h, Message.GLOBAL);
        flag(json, "call", h, Message.CALL);
        number(json, "max", h.max());
        longs(json, "ids", h.ids());
        number(json, "recipients", h.recipients());
        if (h.waiting()) {
            json.writeBooleanField("waiting", true);
        }
        text(json, "reason", h.reason());
        if (h.admin()) {
            json.writeBooleanField("admin", true);
        }
        number(json, "jsonLength", h.jsonLength());
        if (h.router()) {
            json.writeBooleanField("router", true);
        }
        longs(json, "ats", h.ats());
        if (h.route() != null) {
            json.writeArrayFieldStart("route");
            for (RouteHop hop : h.route()) {
                json.writeStartObject();
                json.writeStringField("server", hop.server());
                json.writeNumberField("id", hop.messageId());
                json.writeNumberField("at", hop.atMillis());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "secret", redacted && h.secret() != null ? "***" : h.secret());
        text(json, "encoding", h.encoding());
        if (h.users() != null) {
            json.writeArrayFieldStart("users");
            for (UserInfo u : h.users()) {
                json.writeStartObject();
                json.writeStringField("service", u.service());
                json.writeStringField("user", u.user());
                json.writeNumberField("instances", u.instances());
                json.writeBooleanField("enabled", u.enabled());
                json.writeNumberField("undelivered", u.undelivered());
                if (u.server() != null) {
                    json.writeStringField("server", u.server());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, long value) throws IOException {
        if (value != 0) {
            json.writeNumberField(field, value);
        }
    }

    private static void longs(JsonGenerator json, String field, long[] values) throws IOException {
        if (values != null) {
            json.writeArrayFieldStart(field);
            for (long value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void flag(JsonGenerator json, String field, Header h, int flag) throws IOException {
        if (h.isFlag(flag)) {
            json.writeBooleanField(field, true);
        }
    }
}
