package org.openmom.admin.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import org.openmom.admin.ChangeEvent;
import org.openmom.wire.WireException;

/**
 * The JSON of ADMIN_* bodies: the records of {@code org.openmom.admin} as Jackson writes them
 * (byte arrays in base64, enums by name). Unknown fields are ignored so newer peers may add some.
 */
public final class AdminJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    private static final JavaType EVENTS = JSON.getTypeFactory().constructCollectionType(List.class, ChangeEvent.class);

    private AdminJson() {}

    public static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @throws WireException when the bytes are not the JSON of a {@code type} */
    public static <T> T read(byte[] bytes, int length, Class<T> type) {
        try {
            return JSON.readValue(bytes, 0, length, type);
        } catch (IOException e) {
            throw new WireException("malformed " + type.getSimpleName() + " body: " + firstLine(e.getMessage()), e);
        }
    }

    public static <T> T read(byte[] bytes, Class<T> type) {
        return read(bytes, bytes.length, type);
    }

    public static List<ChangeEvent> readEvents(byte[] bytes) {
        try {
            return JSON.readValue(bytes, EVENTS);
        } catch (IOException e) {
            throw new WireException("malformed ADMIN_EVENTS body: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
