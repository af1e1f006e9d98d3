package org.openmom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void readsBytesAndBinaryUnitsAsPeopleWriteThem() {
        assertThat(ByteSize.parse("65536")).isEqualTo(65_536);
        assertThat(ByteSize.parse("512k")).isEqualTo(512 * 1024);
        assertThat(ByteSize.parse("64M")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("64MB")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse(" 2GiB ")).isEqualTo(2L << 30);
    }

    @Test
    void refusesWhatIsNoSizeSayingWhatToWrite() {
        assertThatThrownBy(() -> ByteSize.parse("lots")).hasMessage("'lots' is not a size: write bytes or a number with K, M or G (e.g. 64M)");
        assertThatThrownBy(() -> ByteSize.parse("0")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ByteSize.parse("-5M")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ByteSize.parse("9999999999T")).hasMessageContaining("out of range");
    }

    @Test
    void writesTheLargestWholeUnitWithOneDecimal() {
        assertThat(ByteSize.format(1023)).isEqualTo("1023 B");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSize.format(64L << 20)).isEqualTo("64.0 MiB");
        assertThat(ByteSize.format(3L << 30)).isEqualTo("3.0 GiB");
    }
}
