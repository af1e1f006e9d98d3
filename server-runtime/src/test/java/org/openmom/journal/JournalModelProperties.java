package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random puts and removes, with reopens in between, against a {@link LinkedHashMap} model: the
 * journal's live set (contents and append order) always equals the model's.
 */
class JournalModelProperties {

    /** One step of a run: put, remove, or close and reopen. */
    record Step(int kind, long id, int payloadSize) {
        static final int PUT = 0;
        static final int REMOVE = 1;
        static final int REOPEN = 2;

        @Override
        public String toString() {
            return kind == PUT ? "put(" + id + ", " + payloadSize + " bytes)" : kind == REMOVE ? "remove(" + id + ")" : "reopen";
        }
    }

    @Provide
    Arbitrary<List<List<Step>>> runs() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 9).map(roll -> roll < 6 ? Step.PUT : roll < 9 ? Step.REMOVE : Step.REOPEN),
                Arbitraries.longs().between(-3, 12),
                Arbitraries.integers().between(0, 300)).as(Step::new);
        // each inner list is one batch
        return step.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(40);
    }

    @Property(tries = 60)
    void liveSetMatchesAMapModelAcrossReopens(@ForAll("runs") List<List<Step>> batches) throws Exception {
        Path dir = Files.createTempDirectory("journal-property");
        JournalFiles files = JournalFiles.of(dir.resolve("model.journal"), dir.resolve("model-mirror.journal"));
        // small compaction threshold so that some runs compact too
        JournalOptions options = JournalOptions.defaults().withCompaction(0.5, 2048).withPreallocateBytes(1 << 16);
        Map<Long, byte[]> model = new LinkedHashMap<>();
        int sequence = 0;
        Journal journal = Journal.open(files, options);
        try {
            for (List<Step> steps : batches) {
                JournalBatch batch = new JournalBatch();
                for (Step step : steps) {
                    if (step.kind() == Step.REOPEN) {
                        continue;
                    }
                    if (step.kind() == Step.PUT) {
                        byte[] payload = new byte[step.payloadSize()];
                        Arrays.fill(payload, (byte) sequence++);
                        batch.put(step.id(), payload);
                        model.remove(step.id());
                        model.put(step.id(), payload);
                    } else {
                        batch.remove(step.id());
                        model.remove(step.id());
                    }
                }
                journal.write(batch).get();
                if (steps.stream().anyMatch(step -> step.kind() == Step.REOPEN)) {
                    journal.close();
                    journal = Journal.open(files, options);
                    assertThat(journal.recoveryReport()).isEmpty();
                }
                assertSameLiveSet(journal, model);
            }
            journal.close();
            journal = Journal.open(files, options);
            assertSameLiveSet(journal, model);
        } finally {
            journal.close();
            try (var paths = Files.list(dir)) {
                for (Path path : paths.toList()) {
                    Files.delete(path);
                }
            }
            Files.delete(dir);
        }
    }

    private static void assertSameLiveSet(Journal journal, Map<Long, byte[]> model) throws JournalException {
        Map<Long, byte[]> live = new LinkedHashMap<>();
        journal.forEachLive(live::put);
        assertThat(live.keySet()).containsExactlyElementsOf(model.keySet());
        for (Map.Entry<Long, byte[]> entry : model.entrySet()) {
            assertThat(live.get(entry.getKey())).as("payload of %d", entry.getKey()).isEqualTo(entry.getValue());
        }
        assertThat(journal.stats().liveRecords()).isEqualTo(model.size());
        assertThat(journal.stats().liveBytes()).isEqualTo(model.values().stream().mapToLong(p -> p.length).sum());
    }
}
