package org.openmom.app.explorer.details;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.openmom.model.ByteSize;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** A message body as a person reads it: text, hex dump, and pretty JSON or XML when it parses. */
public final class BodyFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BodyFormats() {}

    /** The body as UTF-8 text; bytes that are not UTF-8 show as U+FFFD. */
    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the body is valid UTF-8 text (else the hex view is the faithful one). */
    public static boolean isText(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** 16 bytes a line: offset, hex, printable ASCII. */
    public static String hex(byte[] body) {
        StringBuilder out = new StringBuilder(body.length * 4 + 16);
        for (int line = 0; line < body.length; line += 16) {
            out.append(String.format("%08x  ", line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = line; i < line + 16; i++) {
                if (i < body.length) {
                    int b = body[i] & 0xff;
                    out.append(String.format("%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == line + 7) {
                    out.append(' ');
                }
            }
            out.append(" |").append(ascii).append("|\n");
        }
        return out.toString();
    }

    /** What a body parses as, indented: {@code JSON} or {@code XML}; empty when it is neither. */
    public static Optional<Pretty> pretty(byte[] body) {
        if (!isText(body)) {
            return Optional.empty();
        }
        String text = text(body).strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                JsonNode tree = JSON.readTree(text);
                return Optional.of(new Pretty("JSON", JSON.writeValueAsString(tree)));
            } catch (Exception e) {
                return Optional.empty(); // not JSON after all: text and hex still show it
            }
        }
        if (text.startsWith("<")) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no entity tricks in bodies
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
                TransformerFactory transformers = TransformerFactory.newInstance();
                transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                Transformer transformer = transformers.newTransformer();
                transformer.setOutputProperty(OutputKeys.INDENT, "yes");
                transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
                StringWriter out = new StringWriter();
                transformer.transform(new DOMSource(document), new StreamResult(out));
                return Optional.of(new Pretty("XML", out.toString()));
            } catch (Exception e) {
                return Optional.empty(); // not well-formed XML: text and hex still show it
            }
        }
        return Optional.empty();
    }

    /**
     * A body as the details pane shows it, its first {@code limit} bytes only when it is longer:
     * a big body costs no more than its start until the person asks for all of it.
     */
    public static View view(byte[] body, int limit) {
        boolean cut = body.length > limit;
        byte[] part = cut ? Arrays.copyOf(body, limit) : body;
        // the cut may split a character: whether the body is text is asked of all of it
        String text = isText(body) ? text(part) : "(binary body: see Hex)";
        String note = cut ? "Showing the first " + ByteSize.format(limit) + " of " + ByteSize.format(body.length)
                + " (JSON / XML needs all of it): Load all shows the rest" : "";
        return new View(text, hex(part), cut ? null : pretty(body).orElse(null), note);
    }

    /**
     * @param text   the body as text, or a note that it is binary
     * @param hex    its hex dump
     * @param pretty the body indented as JSON or XML, or null
     * @param cut    what part of the body this is when not all of it, else empty
     */
    public record View(String text, String hex, Pretty pretty, String cut) {}

    /** @param language JSON or XML; @param text the body indented */
    public record Pretty(String language, String text) {}
}
