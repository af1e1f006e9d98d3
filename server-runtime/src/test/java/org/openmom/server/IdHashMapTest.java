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
}
