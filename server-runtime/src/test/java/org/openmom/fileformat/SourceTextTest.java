package org.openmom.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @Test
    void linesAreNumberedFromOneAndFieldsCarryTheirColumn() {
        SourceText text = SourceText.of("f", "a b\r\n\t c  d\n");

        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().get(0).tokens()).containsExactly(new Token("a", 1), new Token("b", 3));
        assertThat(text.lines().get(1).number()).isEqualTo(2);
        assertThat(text.lines().get(1).tokens()).containsExactly(new Token("c", 3), new Token("d", 6));
        assertThat(text.layout()).isEqualTo(new TextLayout("\r\n", true));
    }

    @Test
    void commentAndBlankLinesAreTrivia() {
        assertThat(SourceLine.of(1, "   ").isTrivia()).isTrue();
        assertThat(SourceLine.of(1, "  # note").isTrivia()).isTrue();
        assertThat(SourceLine.of(1, "! # x").isTrivia()).isFalse();
    }

    @Test
    void anAtomicSaveReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("Servers.lst");
        Files.writeString(file, "old");

        TextFiles.writeAtomically(file, "new\n");

        assertThat(Files.readString(file)).isEqualTo("new\n");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheText(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("x");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '!', '\n'});

        assertThat(TextFiles.read(file)).isEqualTo("!\n");
    }

    @Test
    void aMissingFileIsOneLineWithTheFix(@TempDir Path folder) {
        Path file = folder.resolve("absent.lst");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextFiles.read(file))
                .hasMessage(file + ":1:1: no such file — check the path, or create the file");
    }
}
