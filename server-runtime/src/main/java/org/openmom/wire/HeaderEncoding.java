package org.openmom.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * How a frame's header is written: JSON, the documented default, or CBOR (RFC 8949), the same
 * fields as a binary map, shorter and cheaper to write and read. A client asks for CBOR in HELLO
 * and the server's WELCOME says whether the frames after it use it; HELLO and WELCOME themselves
 * are always JSON, so that any server can read the one and any client the other. A receiver
 * tells the two apart by the header's first byte ({@code '{'} or a blank for JSON, a CBOR map's
 * 0xA0–0xBF), so a frame is read right whichever side switched first.
 */
public enum HeaderEncoding {
    JSON("json"),
    CBOR("cbor");

    private static final BufferedHeaderWriter CBOR_WRITER = new BufferedHeaderWriter(() -> {
        try {
            return new CBORFactory().createGenerator(new BufferedHeaderWriter.BufferTarget());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    /** Its name in HELLO's and WELCOME's {@code encoding} field and in options. */
    public final String wireName;

    HeaderEncoding(String wireName) {
        this.wireName = wireName;
    }

    /** The encoding of that name (any case), or null when there is none. */
    public static HeaderEncoding named(String name) {
        for (HeaderEncoding encoding : values()) {
            if (name != null && encoding.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return encoding;
            }
        }
        return null;
    }

    /** Writes {@code header} at the end of {@code out} in this encoding, or in JSON for HELLO and WELCOME. */
    public void write(Header header, ByteBuf out) {
        if (this == CBOR && header.type() != FrameType.HELLO && header.type() != FrameType.WELCOME) {
            CBOR_WRITER.write(header, out);
        } else {
            HeaderJson.write(header, out);
        }
    }

    /** Reads the header at {@code index} of a frame, in the encoding its first byte shows. */
    public static Header read(ByteBuf frame, int index, int length) {
        int first = frame.getUnsignedByte(index);
        boolean cborMap = first >= 0xA0 && first <= 0xBF;
        return (cborMap ? CborHeaderReader.current() : HeaderReader.current()).read(frame, index, length);
    }
}
