package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing JVM with SIGKILL: every write it saw confirmed must be in the journal. */
class KillTest {

    @TempDir
    Path dir;

    static byte[] payload(long id) {
        byte[] payload = new byte[100 + (int) (id % 900)];
        Arrays.fill(payload, (byte) id);
        return payload;
    }

    @Test
    void everyConfirmedWriteSurvivesKillDashNine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingProducer.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> confirmed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < 5000 && (line = lines.readLine()) != null) {
                confirmed.add(Long.parseLong(line.trim()));
            }
            // the handle sends SIGKILL without closing our end of the pipe (Process.destroy would)
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // confirmations printed before the kill are still in the pipe
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && line.trim().chars().allMatch(Character::isDigit)) {
                    confirmed.add(Long.parseLong(line.trim()));
                }
            }
        }
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(5000);
        JournalFiles files = JournalFiles.of(dir.resolve("killed.journal"), dir.resolve("killed-mirror.journal"));
        try (Journal journal = Journal.open(files, JournalOptions.defaults())) {
            assertThat(journal.recoveryReport()).noneSatisfy(line -> assertThat(line).contains("damaged"));
            Map<Long, byte[]> live = new HashMap<>();
            journal.forEachLive(live::put);
            for (long id : confirmed) {
                assertThat(live.get(id)).as("confirmed id %d", id).isEqualTo(payload(id));
            }
        }
    }
}
