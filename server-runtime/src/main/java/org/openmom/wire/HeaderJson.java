package org.openmom.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openmom.model.Message;

/**
 * Reads and writes {@link Header}s as JSON objects with Jackson's streaming API: one pass, no
 * tree, unknown fields skipped (newer peers may add some), only set fields written.
 */
public final class HeaderJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1 << 20).build())
            .build();

    private HeaderJson() {}

    public static Header read(byte[] bytes, int offset, int length) {
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new WireException("frame header is not a JSON object");
            }
            Header header = new Header(null);
            String typeName = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type": typeName = text(parser, field); break;
                    case "req": header.req(number(parser, field)); break;
                    case "id": header.id(number(parser, field)); break;
                    case "version": header.version((int) number(parser, field)); break;
                    case "client": header.client(text(parser, field)); break;
                    case "server": header.server(text(parser, field)); break;
                    case "role": header.role((int) number(parser, field)); break;
                    case "heartbeat": header.heartbeat(number(parser, field)); break;
                    case "service": header.service(text(parser, field)); break;
                    case "user": header.user(text(parser, field)); break;
                    case "mode": header.mode(text(parser, field)); break;
                    case "window": header.window((int) number(parser, field)); break;
                    case "fromService": header.fromService(text(parser, field)); break;
                    case "fromUser": header.fromUser(text(parser, field)); break;
                    case "toService": header.toService(text(parser, field)); break;
                    case "toUser": header.toUser(text(parser, field)); break;
                    case "event": header.event(text(parser, field)); break;
                    case "persistent": flag(header, parser, field, Message.PERSISTENT); break;
                    case "anycast": flag(header, parser, field, Message.ANYCAST); break;
                    case "global": flag(header, parser, field, Message.GLOBAL); break;
                    case "call": flag(header, parser, field, Message.CALL); break;
                    case "max": header.max((int) number(parser, field)); break;
                    case "ids": header.ids(ids(parser)); break;
                    case "recipients": header.recipients((int) number(parser, field)); break;
                    case "waiting": header.waiting(bool(parser, field)); break;
                    case "reason": header.reason(text(parser, field)); break;
                    case "users": header.users(users(parser)); break;
                    case "admin": header.admin(bool(parser, field)); break;
                    case "secret": header.secret(text(parser, field)); break;
                    case "jsonLength": header.jsonLength((int) number(parser, field)); break;
                    default:
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            parser.skipChildren();
                        }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new WireException("frame header is not a well-formed JSON object");
            }
            if (typeName == null) {
                throw new WireException("frame header has no \"type\"");
            }
            FrameType type = FrameType.named(typeName);
            if (type == null) {
                throw new WireException("unknown frame type \"" + typeName + "\"");
            }
            return header.type(type);
        } catch (IOException e) {
            throw new WireException("frame header is not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Writes {@code header} at the end of {@code out}. Each thread keeps one open generator over a
     * stream it points at the buffer of the moment: creating a generator per frame costs more
     * than writing a small header.
     */
    public static void write(Header header, io.netty.buffer.ByteBuf out) {
        ThreadWriter writer = WRITERS.get();
        writer.target.buffer = out;
        try {
            write(header, writer.json, false);
            writer.json.flush();
        } catch (IOException | RuntimeException e) {
            WRITERS.remove(); // the generator may be left inside an object: start afresh
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        } finally {
            writer.target.buffer = null;
        }
    }

    private static final ThreadLocal<ThreadWriter> WRITERS = ThreadLocal.withInitial(ThreadWriter::new);

    private static final class ThreadWriter {
        final BufferTarget target = new BufferTarget();
        final JsonGenerator json;

        ThreadWriter() {
            try {
                json = JSON.createGenerator(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json.setRootValueSeparator(null);
        }
    }

    /** The stream under a thread's generator: appends to whichever buffer is being encoded. */
    private static final class BufferTarget extends OutputStream {
        io.netty.buffer.ByteBuf buffer;

        @Override
        public void write(int b) {
            buffer.writeByte(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.writeBytes(bytes, offset, length);
        }
    }

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

    private static void write(Header h, JsonGenerator json, boolean redacted) throws IOException {
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
        if (h.ids() != null) {
            json.writeArrayFieldStart("ids");
            for (long id : h.ids()) {
                json.writeNumber(id);
            }
            json.writeEndArray();
        }
        number(json, "recipients", h.recipients());
        if (h.waiting()) {
            json.writeBooleanField("waiting", true);
        }
        text(json, "reason", h.reason());
        if (h.admin()) {
            json.writeBooleanField("admin", true);
        }
        number(json, "jsonLength", h.jsonLength());
        text(json, "secret", redacted && h.secret() != null ? "***" : h.secret());
        if (h.users() != null) {
            json.writeArrayFieldStart("users");
            for (UserInfo u : h.users()) {
                json.writeStartObject();
                json.writeStringField("service", u.service());
                json.writeStringField("user", u.user());
                json.writeNumberField("instances", u.instances());
                json.writeBooleanField("enabled", u.enabled());
                json.writeNumberField("undelivered", u.undelivered());
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

    private static String text(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new WireException("header field \"" + field + "\" must be a string");
        }
        return parser.getText();
    }

    private static long number(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new WireException("header field \"" + field + "\" must be an integer");
        }
        return parser.getLongValue();
    }

    private static boolean bool(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw new WireException("header field \"" + field + "\" must be true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static void flag(Header header, JsonParser parser, String field, int flag) throws IOException {
        if (bool(parser, field)) {
            header.flags(header.flags() | flag);
        }
    }

    private static long[] ids(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new WireException("header field \"ids\" must be an array of integers");
        }
        long[] ids = new long[8];
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count == ids.length) {
                ids = java.util.Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = number(parser, "ids");
        }
        return java.util.Arrays.copyOf(ids, count);
    }

    private static List<UserInfo> users(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new WireException("header field \"users\" must be an array");
        }
        List<UserInfo> users = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String service = null;
            String user = null;
            int instances = 0;
            boolean enabled = false;
            int undelivered = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "service": service = text(parser, field); break;
                    case "user": user = text(parser, field); break;
                    case "instances": instances = (int) number(parser, field); break;
                    case "enabled": enabled = bool(parser, field); break;
                    case "undelivered": undelivered = (int) number(parser, field); break;
                    default: parser.skipChildren();
                }
            }
            users.add(new UserInfo(service, user, instances, enabled, undelivered));
        }
        return users;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
