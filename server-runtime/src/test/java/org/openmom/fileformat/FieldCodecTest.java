package org.openmom.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldCodecTest {

    @Test
    void plusIsASpaceBothWays() {
        assertThat(FieldCodec.decode("Chat+Server")).isEqualTo("Chat Server");
        assertThat(FieldCodec.encode("Chat Server")).isEqualTo("Chat+Server");
        assertThat(FieldCodec.decode("+a++b+")).isEqualTo(" a  b ");
        assertThat(FieldCodec.encode(" a  b ")).isEqualTo("+a++b+");
    }

    @Test
    void dashIsTheEmptyFieldWhereOptionalFieldsAreAllowed() {
        assertThat(FieldCodec.decodeOptional("-")).isEmpty();
        assertThat(FieldCodec.encodeOptional("")).isEqualTo("-");
        assertThat(FieldCodec.decodeOptional("a+b")).isEqualTo("a b");
        assertThat(FieldCodec.encodeOptional("a b")).isEqualTo("a+b");
    }

    @Test
    void aValueWithAPlusOrATabCannotBeWritten() {
        assertThat(FieldCodec.isWritable("a b")).isTrue();
        assertThat(FieldCodec.isWritable("a+b")).isFalse();
        assertThat(FieldCodec.isWritable("a\tb")).isFalse();
    }
}
