package org.openmom.home;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a {@link RunningServer} entry, {@code {"name":…,"role":…,"pid":…,"protocols":[…],
 * "endpoints":[…]}}, read and written with Jackson's streaming API: every server start writes
 * one, and the first use of Jackson's object mapper cost 0.14 s of it (docs/performance.md, W7).
 * Unknown fields are skipped, so that newer servers may add some.
 */
final class RunningServerJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RunningServerJson() {}

    static byte[] write(RunningServer server) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("name", server.name());
            out.writeNumberField("role", server.role());
            out.writeNumberField("pid", server.pid());
            writeStrings(out, "protocols", server.protocols());
            writeStrings(out, "endpoints", server.endpoints());
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void writeStrings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /** @throws IOException when the bytes are not such an entry (a name missing, a value of the wrong kind) */
    static RunningServer read(byte[] json) throws IOException {
        String name = null;
        int role = 0;
        long pid = -1;
        List<String> protocols = List.of();
        List<String> endpoints = List.of();
        try (JsonParser in = FACTORY.createParser(json)) {
            expect(in, in.nextToken(), JsonToken.START_OBJECT);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                switch (field) {
                    case "name" -> name = text(in, value);
                    case "role" -> role = (int) number(in, value);
                    case "pid" -> pid = number(in, value);
                    case "protocols" -> protocols = strings(in, value);
                    case "endpoints" -> endpoints = strings(in, value);
                    default -> in.skipChildren();
                }
            }
            expect(in, in.currentToken(), JsonToken.END_OBJECT);
        }
        if (name == null || pid < 0) {
            throw new IOException("a running server entry without its name or pid");
        }
        return new RunningServer(name, role, pid, protocols, endpoints);
    }

    private static String text(JsonParser in, JsonToken value) throws IOException {
        expect(in, value, JsonToken.VALUE_STRING);
        return in.getText();
    }

    private static long number(JsonParser in, JsonToken value) throws IOException {
        expect(in, value, JsonToken.VALUE_NUMBER_INT);
        return in.getLongValue();
    }

    private static List<String> strings(JsonParser in, JsonToken value) throws IOException {
        expect(in, value, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        for (JsonToken item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
            strings.add(text(in, item));
        }
        return List.copyOf(strings);
    }

    private static void expect(JsonParser in, JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + " but found " + found + " at " + in.currentLocation());
        }
    }
}
