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

    /**
     * The fields of {@code h} as one object: the same calls make JSON or CBOR, whichever {@code json}
     * writes. Field names go out pre-encoded ({@link HeaderField#serialized}): no name is encoded per frame.
     */
    static void write(Header h, JsonGenerator json, boolean redacted) throws IOException {
        json.writeStartObject();
        text(json, HeaderField.TYPE, h.type() == null ? null : h.type().name());
        number(json, HeaderField.REQ, h.req());
        number(json, HeaderField.ID, h.id());
        number(json, HeaderField.VERSION, h.version());
        text(json, HeaderField.CLIENT, h.client());
        text(json, HeaderField.SERVER, h.server());
        number(json, HeaderField.ROLE, h.role());
        number(json, HeaderField.HEARTBEAT, h.heartbeat());
        text(json, HeaderField.SERVICE, h.service());
        text(json, HeaderField.USER, h.user());
        text(json, HeaderField.MODE, h.mode());
        number(json, HeaderField.WINDOW, h.window());
        text(json, HeaderField.FROM_SERVICE, h.fromService());
        text(json, HeaderField.FROM_USER, h.fromUser());
        text(json, HeaderField.TO_SERVICE, h.toService());
        text(json, HeaderField.TO_USER, h.toUser());
        text(json, HeaderField.EVENT, h.event());
        flag(json, HeaderField.PERSISTENT, h.isFlag(Message.PERSISTENT));
        flag(json, HeaderField.ANYCAST, h.isFlag(Message.ANYCAST));
        flag(json, HeaderField.GLOBAL, h.isFlag(Message.GLOBAL));
        flag(json, HeaderField.CALL, h.isFlag(Message.CALL));
        number(json, HeaderField.MAX, h.max());
        number(json, HeaderField.LOCK, h.lock());
        longs(json, HeaderField.IDS, h.ids());
        number(json, HeaderField.RECIPIENTS, h.recipients());
        flag(json, HeaderField.WAITING, h.waiting());
        text(json, HeaderField.REASON, h.reason());
        flag(json, HeaderField.ADMIN, h.admin());
        number(json, HeaderField.JSON_LENGTH, h.jsonLength());
        flag(json, HeaderField.ROUTER, h.router());
        longs(json, HeaderField.ATS, h.ats());
        if (h.route() != null) {
            json.writeFieldName(HeaderField.ROUTE.serialized);
            json.writeStartArray();
            for (RouteHop hop : h.route()) {
                json.writeStartObject();
                text(json, HeaderField.SERVER, hop.server());
                json.writeFieldName(HeaderField.ID.serialized);
                json.writeNumber(hop.messageId());
                json.writeFieldName(HeaderField.AT.serialized);
                json.writeNumber(hop.atMillis());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!h.properties().isEmpty()) {
            json.writeFieldName(HeaderField.PROPS.serialized);
            json.writeStartObject();
            for (java.util.Map.Entry<String, String> property : h.properties().entrySet()) {
                json.writeFieldName(property.getKey());
                json.writeString(property.getValue());
            }
            json.writeEndObject();
        }
        text(json, HeaderField.SECRET, redacted && h.secret() != null ? "***" : h.secret());
        text(json, HeaderField.ENCODING, h.encoding());
        if (h.users() != null) {
            json.writeFieldName(HeaderField.USERS.serialized);
            json.writeStartArray();
            for (UserInfo u : h.users()) {
                json.writeStartObject();
                text(json, HeaderField.SERVICE, u.service());
                text(json, HeaderField.USER, u.user());
                json.writeFieldName(HeaderField.INSTANCES.serialized);
                json.writeNumber(u.instances());
                json.writeFieldName(HeaderField.ENABLED.serialized);
                json.writeBoolean(u.enabled());
                json.writeFieldName(HeaderField.UNDELIVERED.serialized);
                json.writeNumber(u.undelivered());
                number(json, HeaderField.OUT_OF_ROTATION, u.outOfRotation());
                number(json, HeaderField.LOCKED, u.locked());
                text(json, HeaderField.SERVER, u.server());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, HeaderField field, long value) throws IOException {
        if (value != 0) {
            json.writeFieldName(field.serialized);
            json.writeNumber(value);
        }
    }

    private static void longs(JsonGenerator json, HeaderField field, long[] values) throws IOException {
        if (values != null) {
            json.writeFieldName(field.serialized);
            json.writeStartArray();
            for (long value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
    }

    private static void text(JsonGenerator json, HeaderField field, String value) throws IOException {
        if (value != null) {
            json.writeFieldName(field.serialized);
            json.writeString(value);
        }
    }

    private static void flag(JsonGenerator json, HeaderField field, boolean set) throws IOException {
        if (set) {
            json.writeFieldName(field.serialized);
            json.writeBoolean(true);
        }
    }
}
