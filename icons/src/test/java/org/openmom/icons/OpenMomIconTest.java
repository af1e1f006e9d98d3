package org.openmom.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OpenMomIconTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void everyIconHasAPngInEverySize() throws IOException {
        for (OpenMomIcon icon : OpenMomIcon.values()) {
            for (IconSize size : IconSize.values()) {
                try (InputStream png = icon.url(size).openStream()) {
                    assertThat(png.readNBytes(4)).as("%s at %d px", icon, size.pixels()).isEqualTo(PNG_SIGNATURE);
                }
            }
        }
    }

    @Test
    void everySvgSourceIsAnIconAndEveryIconHasItsSource() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/svg"))) {
            assertThat(sources.map(p -> p.getFileName().toString().replace(".svg", "")))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(OpenMomIcon.values()).map(OpenMomIcon::fileName).toList());
        }
    }

    @Test
    void iconsAreFoundByFileName() {
        assertThat(OpenMomIcon.fromFileName("item-add")).isEqualTo(OpenMomIcon.ITEM_ADD);
    }
}
