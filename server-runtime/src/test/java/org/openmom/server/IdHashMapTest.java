package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdHashMapTest {

    @Test
    void aBacklogPutAndTakenInIdOrderIsFoundWholeAndLeavesNothing() {
        IdHashMap<Long> map = new IdHashMap<>();
        for (long id = 1; id <= 200_000; id++) {
            assertThat(map.put(id, id)).isNull();
        }
        assertThat(map.size()).isEqualTo(200_000);
        for (long id = 1; id <= 200_000; id++) {
            assertThat(map.get(id)).isEqualTo(id);
            assertThat(map.remove(id)).isEqualTo(id);
            assertThat(map.containsKey(id)).isFalse();
        }
        assertThat(map.size()).isZero();
    }

    /** Random puts, replacements and removals of ids, dense, strided and scattered, against a HashMap. */
    @Test
    void behavesAsAHashMapUnderRandomOperations() {
        Random random = new Random(19);
        IdHashMap<String> map = new IdHashMap<>();
        Map<Long, String> expected = new HashMap<>();
        for (int op = 0; op < 300_000; op++) {
            long id = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(5_000);               // dense: long probe runs, many deletions inside them
                case 1 -> 1024L * random.nextInt(2_000);        // strided: one counter shared by several journals
                default -> random.nextLong();                   // anywhere, negative too
            };
            int action = random.nextInt(10);
            if (action < 5) {
                assertThat(map.put(id, "v" + op)).isEqualTo(expected.put(id, "v" + op));
            } else if (action < 8) {
                assertThat(map.remove(id)).isEqualTo(expected.remove(id));
            } else {
                assertThat(map.get(id)).isEqualTo(expected.get(id));
            }
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((id, value) -> assertThat(map.get(id)).isEqualTo(value));
    }

    @Test
    void aGrowthMovesAFewEntriesPerOperationAndAllocatesASmallTableNeverTheWholeMap() {
        IdHashMap<Long> map = new IdHashMap<>();
        Random random = new Random(7);
        long mostMoved = 0;
        for (long id = 1; id <= 3_000_000; id++) {
            long before = map.entriesRehashed();
            map.put(id, id);
            mostMoved = Math.max(mostMoved, map.entriesRehashed() - before);
            if (id % 1_000 == 0) { // found wherever it is: the table being drained or the new one
                long earlier = 1 + random.nextInt((int) id);
                assertThat(map.get(earlier)).isEqualTo(earlier);
            }
        }

        assertThat(mostMoved).as("entries moved by one put").isLessThanOrEqualTo(8);
        assertThat(map.entriesRehashed()).as("every growth's entries moved in the end").isGreaterThan(2_000_000);
        // one table would have 2^23 slots (allocated at once: 46–72 ms); 256 hold about 12,000 entries each
        assertThat(map.largestTable()).as("slots of the largest table").isLessThanOrEqualTo(1 << 15);
        assertThat(map.size()).isEqualTo(3_000_000);
        for (long id = 1; id <= 3_000_000; id++) {
            assertThat(map.get(id)).isEqualTo(id);
        }
    }

    /** A map that keeps growing, so that most operations meet a table half drained: against a HashMap. */
    @Test
    void lookupsReplacementsAndRemovalsWhileATableIsDrainedAreRight() {
        Random random = new Random(23);
        IdHashMap<Long> map = new IdHashMap<>();
        Map<Long, Long> expected = new HashMap<>();
        java.util.List<Long> known = new java.util.ArrayList<>();
        long next = 1;
        for (int op = 0; op < 400_000; op++) {
            int action = random.nextInt(10);
            if (action < 5 || known.isEmpty()) { // a new id: in order, or scattered
                long id = random.nextBoolean() ? next++ : random.nextLong();
                assertThat(map.put(id, (long) op)).isEqualTo(expected.put(id, (long) op));
                known.add(id);
            } else {
                long id = known.get(random.nextInt(known.size()));
                if (action < 7) {
                    assertThat(map.remove(id)).isEqualTo(expected.remove(id));
                } else if (action < 8) {
                    assertThat(map.put(id, -1L)).isEqualTo(expected.put(id, -1L));
                } else {
                    assertThat(map.get(id)).isEqualTo(expected.get(id));
                }
            }
            if (map.size() != expected.size()) {
                assertThat(map.size()).as("size after operation %d", op).isEqualTo(expected.size());
            }
        }
        expected.forEach((id, value) -> assertThat(map.get(id)).isEqualTo(value));
    }
}
