package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The primitive index behaves like a LinkedHashMap that moves re-put ids to the end. */
class LiveIndexProperties {

    @Provide
    Arbitrary<List<Long>> operations() {
        // positive: put id; negative: remove id (-id - 1); few distinct ids so that they collide often
        Arbitrary<Long> smallIds = Arbitraries.longs().between(-64, 63);
        Arbitrary<Long> spreadIds = Arbitraries.longs().between(-1L << 40, (1L << 40) - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, smallIds),
                net.jqwik.api.Tuple.of(1, spreadIds)).list().ofMaxSize(2000);
    }

    @Property(tries = 200)
    void behavesLikeAnOrderedMap(@ForAll("operations") List<Long> operations) {
        LiveIndex index = new LiveIndex();
        Map<Long, long[]> model = new LinkedHashMap<>();
        long offset = 0;
        for (long operation : operations) {
            if (operation >= 0) {
                int length = (int) (operation % 7);
                index.put(operation, offset, length);
                model.remove(operation);
                model.put(operation, new long[] {offset, length});
                offset += 100;
            } else {
                long id = -operation - 1;
                index.remove(id);
                model.remove(id);
            }
        }
        LiveIndex.Snapshot snapshot = index.snapshot();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            ids.add(snapshot.ids()[i]);
            long[] expected = model.get(snapshot.ids()[i]);
            assertThat(expected).as("id %d", snapshot.ids()[i]).isNotNull();
            assertThat(snapshot.payloadOffsets()[i]).isEqualTo(expected[0]);
            assertThat(snapshot.lengths()[i]).isEqualTo((int) expected[1]);
        }
        assertThat(ids).containsExactlyElementsOf(model.keySet());
        assertThat(index.size()).isEqualTo(model.size());
        assertThat(index.payloadBytes()).isEqualTo(model.values().stream().mapToLong(v -> v[1]).sum());
    }
}
