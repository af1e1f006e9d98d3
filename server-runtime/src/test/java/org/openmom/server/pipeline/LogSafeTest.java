package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {
    @Test
    void anHonestNameIsLoggedAsItIs() {
        assertThat(LogSafe.text("CHAT/ann-é")).isEqualTo("CHAT/ann-é");
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }

    @Test
    void controlAndBidiCharactersAreEscapedSoTheyCannotForgeALine() {
        assertThat(LogSafe.text("a\nINFO forged\r\0\t\\"))
                .isEqualTo("a\\nINFO forged\\r\\u0000\\t\\\\");
        assertThat(LogSafe.text("abc\u202edef\u2066\u2028\u0085")).isEqualTo("abc\\u202edef\\u2066\\u2028\\u0085");
    }

    @Test
    void aLongTextIsCutAndSaysHowLongItWas() {
        String logged = LogSafe.text("x".repeat(1_000_000));
        assertThat(logged).isEqualTo("x".repeat(LogSafe.MAX_CHARS) + "…(1000000 chars)");
    }

    @Test
    void theCutNeverSplitsACharacter() {
        String logged = LogSafe.text("x".repeat(LogSafe.MAX_CHARS - 1) + "😀😀");
        assertThat(logged).isEqualTo("x".repeat(LogSafe.MAX_CHARS - 1) + "…(" + (LogSafe.MAX_CHARS + 3) + " chars)");
    }
}
