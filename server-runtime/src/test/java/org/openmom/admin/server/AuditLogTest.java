package org.openmom.admin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AuditEntry;

/** The audit file stays within its bound keeping the newest lines, and an action is one line whatever it holds. */
class AuditLogTest {
    @TempDir
    Path folder;

    @Test
    void pastItsSizeTheFileKeepsItsNewerHalfAndANewRunReadsItBack() throws Exception {
        Path file = folder.resolve("data/S-1.audit");
        AuditLog audit = new AuditLog(file, 2_000, Clock.systemUTC());
        for (int i = 0; i < 100; i++) {
            audit.record("ADMIN/ann", "local", "delete [" + i + "] from everywhere: 1 removed");
        }
        audit.close();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isLessThanOrEqualTo(2_000);
        assertThat(lines.get(lines.size() - 1)).endsWith("\tADMIN/ann\tlocal\tdelete [99] from everywhere: 1 removed");
        List<AuditEntry> readBack = new AuditLog(file, 2_000, Clock.systemUTC()).tail(1_000);
        assertThat(readBack).hasSize(lines.size());
        assertThat(readBack.get(readBack.size() - 1).action()).isEqualTo("delete [99] from everywhere: 1 removed");
    }

    @Test
    void tabsAndLineBreaksInAnActionCannotForgeALine() throws Exception {
        Path file = folder.resolve("S-1.audit");
        AuditLog audit = new AuditLog(file, 1 << 20, Clock.systemUTC());
        audit.record("ADMIN/ann", "local", "create router R1: ServiceRouter R1\nX\t2026-01-01T00:00:00Z\tADMIN/eve");
        audit.close();

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).singleElement().asString()
                .endsWith("\tcreate router R1: ServiceRouter R1 X 2026-01-01T00:00:00Z ADMIN/eve");
    }
}
