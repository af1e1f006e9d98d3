package org.openmom.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path folder;

    @Test
    void aFileFarTooBigForItsKindIsOneProblemNotAnExhaustedHeap() throws Exception {
        Path huge = folder.resolve("Servers.lst");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextFiles.MAX_BYTES + 1L); // sparse: no disk, but read as zeros
        }
        assertThatThrownBy(() -> TextFiles.read(huge)).isInstanceOf(FileProblemException.class)
                .hasMessage(huge + ":1:1: is larger than 16 MiB, far more than such a file holds — check that this is the right file");
    }

    @Test
    void aFileOfTheLimitIsRead() throws Exception {
        Path file = folder.resolve("big.conf");
        Files.write(file, new byte[TextFiles.MAX_BYTES]);
        assertThat(TextFiles.read(file)).hasSize(TextFiles.MAX_BYTES);
    }

    @Test
    void savingKeepsTheModeOfTheFileItReplaces() throws Exception {
        Path list = folder.resolve("Servers.lst");
        Files.writeString(list, "! * *\n");
        Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rw-r-----"));
        TextFiles.writeAtomically(list, "! CHAT *\n");
        assertThat(Files.readString(list)).isEqualTo("! CHAT *\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileIsReadableByOtherUsersWhoseServicesReadIt() throws Exception {
        Path list = folder.resolve("files").resolve("Servers.lst");
        TextFiles.writeAtomically(list, "! * *\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list))).isEqualTo("rw-r--r--");
    }

    @Test
    void aNewFileOfSecretsIsForItsOwnerOnly() throws Exception {
        Path passwords = folder.resolve("passwords");
        TextFiles.writePrivateAtomically(passwords, "CHAT jean hash\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
    }
}
