package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.server.IdOrderedMap.BLOCK_CAPACITY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IdOrderedMapTest {

    @Test
    void valuesComeInIdOrderBothWaysWhateverOrderAReplayGaveThem() {
        IdOrderedMap<String> map = new IdOrderedMap<>();
        for (long id : new long[] {5, 7, 9, 2, 8, 11, 1}) { // a replay: rewritten records come last
            map.put(id, "m" + id);
        }
        assertThat(map.values(false)).containsExactly("m1", "m2", "m5", "m7", "m8", "m9", "m11");
        assertThat(map.values(true)).containsExactly("m11", "m9", "m8", "m7", "m5", "m2", "m1");
        assertThat(map.get(8)).isEqualTo("m8");
        assertThat(map.size()).isEqualTo(7);
    }

    @Test
    void aRemovedIdIsGoneAndAPutOfAKnownIdReplacesItsValue() {
        IdOrderedMap<String> map = new IdOrderedMap<>();
        for (long id = 1; id <= 5; id++) {
            map.put(id, "m" + id);
        }
        assertThat(map.remove(3)).isEqualTo("m3");
        assertThat(map.remove(3)).isNull();
        assertThat(map.containsKey(3)).isFalse();
        assertThat(map.put(4, "again")).isEqualTo("m4");
        assertThat(map.put(3, "back")).isNull(); // an id put again after its removal
        assertThat(map.values(false)).containsExactly("m1", "m2", "back", "again", "m5");
        assertThat(map.size()).isEqualTo(5);
    }

    @Test
    void aBacklogDrainedOldestFirstLeavesNothingBehindAndTheNextIdsAppend() {
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        for (long id = 1; id <= 100_000; id++) {
            map.put(id, id);
        }
        for (long id = 1; id <= 100_000; id++) {
            assertThat(map.remove(id)).isEqualTo(id);
        }
        assertThat(map.size()).isZero();
        assertThat(map.values(false)).isEmpty();
        map.put(100_001, 100_001L);
        assertThat(map.values(false)).containsExactly(100_001L);
    }

    @Test
    void aWalkRemovesWhatItIsAskedToAndKeepsTheRestInOrder() {
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        for (long id = 1; id <= 3_000; id++) {
            map.put(id, id);
        }
        List<Long> seen = new ArrayList<>();
        map.walkFrom(1_001, at -> {
            while (at.hasValue()) {
                seen.add(at.id());
                if (at.id() % 2 == 0) {
                    at.remove();
                } else {
                    at.advance();
                }
            }
        });
        assertThat(seen).hasSize(2_000).startsWith(1_001L, 1_002L);
        assertThat(map.size()).isEqualTo(1_000 + 1_000);
        assertThat(map.get(1_002)).isNull();
        assertThat(map.get(1_003)).isEqualTo(1_003L);
        List<Long> left = new ArrayList<>();
        map.values(false).forEach(left::add);
        assertThat(left).isSorted().hasSize(2_000);
    }

    @Test
    void anAppendCopiesNoMoreThanABlockWhateverTheSize() {
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        long mostCopied = 0;
        for (long id = 1; id <= 3_000_000; id++) {
            long copiedBefore = map.slotsCopied();
            map.put(id, id);
            mostCopied = Math.max(mostCopied, map.slotsCopied() - copiedBefore);
        }
        assertThat(mostCopied).isLessThanOrEqualTo(BLOCK_CAPACITY);
        assertThat(map.size()).isEqualTo(3_000_000);
        assertIdsFromToBy(map.values(false), 1, 3_000_000, 1);
    }

    @Test
    void removalsAmongTheValuesCopyAtMostTwoBlocksAndTheBlocksFollowTheValuesDown() {
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        for (long id = 1; id <= 1_000_000; id++) {
            map.put(id, id);
        }
        long mostCopied = 0;
        for (long id = 2; id <= 1_000_000; id += 2) { // half, every other id: holes among the values
            long copiedBefore = map.slotsCopied();
            assertThat(map.remove(id)).isEqualTo(id);
            mostCopied = Math.max(mostCopied, map.slotsCopied() - copiedBefore);
        }
        assertThat(map.size()).isEqualTo(500_000);
        assertThat(map.blockCount()).isLessThanOrEqualTo(map.size() / (BLOCK_CAPACITY / 2) + 2);
        assertIdsFromToBy(map.values(false), 1, 999_999, 2);
        for (long id = 3; id <= 1_000_000; id += 2) { // then one in four of those is kept: blocks merge
            if (id % 8 != 1) {
                long copiedBefore = map.slotsCopied();
                assertThat(map.remove(id)).isEqualTo(id);
                mostCopied = Math.max(mostCopied, map.slotsCopied() - copiedBefore);
            }
        }
        assertThat(mostCopied).isLessThanOrEqualTo(2 * BLOCK_CAPACITY);
        assertThat(map.size()).isEqualTo(125_000);
        assertThat(map.blockCount()).isLessThanOrEqualTo(map.size() / (BLOCK_CAPACITY / 2) + 2);
        assertIdsFromToBy(map.values(false), 1, 999_993, 8);
        assertThat(map.get(500_001)).isEqualTo(500_001L);
        assertThat(map.get(500_003)).isNull();
    }

    @Test
    void aReplayInAnyOrderCopiesAtMostTwoBlocksAPutAndEndsSortedAndWhole() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 200_000; id++) {
            ids.add(id);
        }
        Random random = new Random(19);
        Collections.shuffle(ids, random);
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        long mostCopied = 0;
        for (long id : ids) {
            long copiedBefore = map.slotsCopied();
            assertThat(map.put(id, id)).isNull();
            mostCopied = Math.max(mostCopied, map.slotsCopied() - copiedBefore);
        }
        for (int i = 0; i < 20_000; i++) { // records rewritten: ids already there
            long id = 1 + random.nextInt(200_000);
            long copiedBefore = map.slotsCopied();
            assertThat(map.put(id, id)).isEqualTo(id);
            mostCopied = Math.max(mostCopied, map.slotsCopied() - copiedBefore);
        }
        assertThat(mostCopied).isLessThanOrEqualTo(2 * BLOCK_CAPACITY);
        assertThat(map.size()).isEqualTo(200_000);
        assertThat(map.blockCount()).isLessThanOrEqualTo(map.size() / (BLOCK_CAPACITY / 2) + 2);
        assertIdsFromToBy(map.values(false), 1, 200_000, 1);
    }

    @Test
    void theBlocksAWalkEmptiedLeaveAfterItAndTheRestIsFoundAsBefore() {
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        for (long id = 1; id <= 100_000; id++) {
            map.put(id, id);
        }
        map.walkFrom(10_001, at -> { // a purge of most of a backlog
            while (at.hasValue() && at.id() <= 90_000) {
                at.remove();
            }
        });
        assertThat(map.size()).isEqualTo(20_000);
        assertThat(map.blockCount()).isLessThanOrEqualTo(map.size() / (BLOCK_CAPACITY / 2) + 2);
        assertThat(map.get(10_000)).isEqualTo(10_000L);
        assertThat(map.get(50_000)).isNull();
        assertThat(map.get(90_001)).isEqualTo(90_001L);
        assertThat(map.put(50_000, 50_000L)).isNull();
        assertThat(map.valuesAfter(10_000, false)).startsWith(50_000L, 90_001L);
        assertThat(map.valuesAfter(90_001, true)).startsWith(50_000L, 10_000L, 9_999L);
    }

    @Test
    void behavesAsASortedMapUnderAnyMixOfPutsRemovalsLookupsAndWalks() {
        Random random = new Random(19);
        IdOrderedMap<Long> map = new IdOrderedMap<>();
        TreeMap<Long, Long> expected = new TreeMap<>();
        long next = 1;
        for (int step = 0; step < 200_000; step++) {
            int choice = random.nextInt(10);
            if (step % 2_000 == 1_999) { // a purge's walk
                walkRemovingAndReplacing(map, expected, random.nextInt((int) next + 2), random);
            } else if (choice < 4) { // a new message: the next id
                map.put(next, next);
                expected.put(next, next);
                next++;
            } else if (choice < 5) { // an out-of-order id (a replay), maybe a known one
                long id = 1 + random.nextInt((int) next);
                long value = -id;
                assertThat(map.put(id, value)).isEqualTo(expected.put(id, value));
            } else if (choice < 8 && !expected.isEmpty()) { // oldest first, as a drain does
                long id = random.nextBoolean() ? expected.firstKey() : 1 + random.nextInt((int) next);
                assertThat(map.remove(id)).isEqualTo(expected.remove(id));
            } else {
                long id = 1 + random.nextInt((int) next);
                assertThat(map.get(id)).isEqualTo(expected.get(id));
            }
            if (map.size() != expected.size()) {
                assertThat(map.size()).as("size after step %d", step).isEqualTo(expected.size());
            }
        }
        assertThat(map.values(false)).containsExactlyElementsOf(expected.values());
        assertThat(map.values(true)).containsExactlyElementsOf(expected.descendingMap().values());
        for (Map.Entry<Long, Long> entry : expected.entrySet()) {
            assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
        }
        for (int i = 0; i < 100; i++) { // a walk resumed after any id, present or not
            long after = random.nextInt((int) next + 2);
            assertThat(map.valuesAfter(after, false)).containsExactlyElementsOf(expected.tailMap(after, false).values());
            assertThat(map.valuesAfter(after, true)).containsExactlyElementsOf(expected.headMap(after, false).descendingMap().values());
        }
        assertThat(map.valuesAfter(0, false)).containsExactlyElementsOf(expected.values());
        assertThat(map.valuesAfter(Long.MAX_VALUE, true)).containsExactlyElementsOf(expected.descendingMap().values());
        assertThat(map.valuesAfter(Long.MAX_VALUE, false)).isEmpty();
    }
    /**
     * A walk from {@code fromId} of up to 1,000 values that removes all it passes or one in four,
     * and replaces some others, checked against {@code expected} value by value and changing it
     * alike.
     */
    private static void walkRemovingAndReplacing(
            IdOrderedMap<Long> map, TreeMap<Long, Long> expected, long fromId, Random random) {
        Iterator<Map.Entry<Long, Long>> model = expected.tailMap(fromId, true).entrySet().iterator();
        int steps = random.nextInt(1_000);
        int removedOneIn = random.nextBoolean() ? 1 : 4;
        map.walkFrom(fromId, at -> {
            for (int i = 0; i < steps && model.hasNext(); i++) {
                Map.Entry<Long, Long> entry = model.next();
                if (!at.hasValue() || at.id() != entry.getKey() || !at.value().equals(entry.getValue())) {
                    assertThat(at.hasValue() ? at.id() + "=" + at.value() : "none").isEqualTo(entry.toString());
                }
                int choice = random.nextInt(4 * removedOneIn);
                if (choice < 4) {
                    at.remove();
                    model.remove();
                } else if (choice == 4) {
                    at.replace(entry.getKey() * 10);
                    entry.setValue(entry.getKey() * 10);
                    at.advance();
                } else {
                    at.advance();
                }
            }
            assertThat(at.hasValue()).isEqualTo(model.hasNext());
        });
    }

    /**
     * The values (each its own id) are {@code first}, {@code first + step}, … {@code last}: one
     * pass, no assertion per value of millions.
     */
    private static void assertIdsFromToBy(Iterable<Long> values, long first, long last, long step) {
        long expected = first;
        for (long id : values) {
            if (id != expected) {
                assertThat(id).as("the value after %d", expected - step).isEqualTo(expected);
            }
            expected += step;
        }
        assertThat(expected - step).as("the last value").isEqualTo(last);
    }
}
