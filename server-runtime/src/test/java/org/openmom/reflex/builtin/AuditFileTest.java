package org.openmom.reflex.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditFileTest {
    @TempDir
    Path dir;

    @Test
    void rotatesBySizeKeepingTheNewestFilesAndEveryLineOfThem() throws Exception {
        Path path = dir.resolve("a.audit.log");
        AuditFile file = AuditFile.open(path, 40, 2);
        for (int i = 0; i < 10; i++) {
            file.writeLine("line " + i + " 123456789"); // 17 bytes: two lines per file
        }
        file.release();

        assertThat(Files.readAllLines(path)).containsExactly("line 8 123456789", "line 9 123456789");
        assertThat(Files.readAllLines(dir.resolve("a.audit.log.1"))).containsExactly("line 6 123456789", "line 7 123456789");
        assertThat(Files.readAllLines(dir.resolve("a.audit.log.2"))).containsExactly("line 4 123456789", "line 5 123456789");
        assertThat(dir.resolve("a.audit.log.3")).doesNotExist();
    }

    @Test
    void theLinesOfOneConfigurationShareOneFile_closedByItsLastUser() throws Exception {
        Path path = dir.resolve("b.audit.log");
        AuditFile first = AuditFile.open(path, 1_000, 2);
        AuditFile second = AuditFile.open(path, 1_000, 2);
        assertThat(second).isSameAs(first);
        first.writeLine("one");
        first.release();
        second.writeLine("two");
        second.release();

        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        assertThat(lines).containsExactly("one", "two");
    }
}
