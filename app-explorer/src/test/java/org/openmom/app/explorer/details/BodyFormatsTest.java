package org.openmom.app.explorer.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyFormatsTest {
    @Test
    void jsonIsIndented() {
        BodyFormats.Pretty pretty = BodyFormats.pretty(bytes("{\"order\":7,\"lines\":[1,2]}")).orElseThrow();

        assertThat(pretty.language()).isEqualTo("JSON");
        assertThat(pretty.text()).contains("\n  \"order\" : 7");
    }

    @Test
    void xmlIsIndented() {
        BodyFormats.Pretty pretty = BodyFormats.pretty(bytes("<a><b>1</b></a>")).orElseThrow();

        assertThat(pretty.language()).isEqualTo("XML");
        assertThat(pretty.text()).contains("\n  <b>1</b>");
    }

    @Test
    void plainTextAndBrokenJsonHaveNoPrettyForm() {
        assertThat(BodyFormats.pretty(bytes("hello"))).isEmpty();
        assertThat(BodyFormats.pretty(bytes("{not json"))).isEmpty();
        assertThat(BodyFormats.pretty(new byte[] {(byte) 0xff, 0x7b})).isEmpty();
    }

    @Test
    void hexShowsOffsetBytesAndPrintableCharacters() {
        assertThat(BodyFormats.hex(bytes("Hi!\n"))).isEqualTo("00000000  48 69 21 0a" + " ".repeat(3 * 12 + 1) + "  |Hi!.|\n");
        assertThat(BodyFormats.isText(new byte[] {(byte) 0xc3})).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
