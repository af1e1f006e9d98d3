package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Random;
import org.agrona.collections.LongHashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** The queue of a mailbox: a deque with positions, searched by id while in id order. */
class MessageRingTest {
    private final MessageRing ring = new MessageRing();

    private static Message message(long id) {
        return new Message(id, ServiceUser.of("P", "p"), ServiceUser.of("S", "s"), "e", 0, new byte[0], 0, List.of(), Map.of());
    }

    private List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (Message message : ring) {
            ids.add(message.id());
        }
        return ids;
    }

    @Test
    void bothEndsAcrossTheWrapAndGrowthKeepTheOrder() {
        for (long id = 10; id < 40; id++) {
            ring.addLast(message(id));
        }
        for (int i = 0; i < 5; i++) {
            ring.pollFirst();
        }
        for (long id = 14; id >= 5; id--) {
            ring.addFirst(message(id));
        }
        ring.addLast(message(40));

        assertThat(ids()).isEqualTo(java.util.stream.LongStream.rangeClosed(5, 40).boxed().toList());
        assertThat(ring.get(0).id()).isEqualTo(5);
        assertThat(ring.get(35).id()).isEqualTo(40);
        assertThat(ring.pollLast().id()).isEqualTo(40);
        assertThat(ring.peekFirst().id()).isEqualTo(5);
        assertThat(ring.isInIdOrder()).isTrue();
        assertThatThrownBy(() -> ring.get(35)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anIdIsFoundInOrderAndOutOfOrderAndARemovalInTheMiddleKeepsTheRest() {
        for (long id = 1; id <= 1_000; id += 2) {
            ring.addLast(message(id));
        }
        assertThat(ring.indexOfId(501)).isEqualTo(250);
        assertThat(ring.indexOfId(502)).as("not there").isEqualTo(-1);
        assertThat(ring.remove(250).id()).isEqualTo(501);
        assertThat(ring.remove(10).id()).isEqualTo(21);
        assertThat(ring.indexOfId(503)).isEqualTo(249);

        ring.addLast(message(2)); // routed again behind newer ones: the search walks now
        assertThat(ring.isInIdOrder()).isFalse();
        assertThat(ring.indexOfId(2)).isEqualTo(ring.size() - 1);
        assertThat(ring.indexOfId(999)).isEqualTo(ring.size() - 2);
        assertThat(ring.indexOfId(4)).isEqualTo(-1);

        while (!ring.isEmpty()) {
            ring.pollLast();
        }
        assertThat(ring.isInIdOrder()).as("in order again once empty").isTrue();
    }

    /** Chunks of 8 slots cross chunk boundaries, grow and let chunks go with few messages; 4,096 is the real size. */
    @ParameterizedTest(name = "chunks of 2^{0}")
    @ValueSource(ints = {3, 12})
    void behavesAsADequeUnderRandomOperations(int chunkShift) {
        MessageRing ring = new MessageRing(chunkShift);
        Random random = new Random(19);
        ArrayDeque<Message> model = new ArrayDeque<>();
        long next = 1_000_000;
        long front = 999_999;
        for (int step = 0; step < 200_000; step++) {
            int operation = random.nextInt(10);
            if (operation < 4) {
                Message added = message(next++);
                ring.addLast(added);
                model.addLast(added);
            } else if (operation < 5) {
                Message added = message(front--);
                ring.addFirst(added);
                model.addFirst(added);
            } else if (operation < 7) {
                assertThat(ring.pollFirst()).isSameAs(model.pollFirst());
            } else if (operation < 8) {
                assertThat(ring.pollLast()).isSameAs(model.pollLast());
            } else if (!model.isEmpty()) {
                List<Message> asList = new ArrayList<>(model);
                int at = random.nextInt(asList.size());
                assertThat(ring.indexOfId(asList.get(at).id())).isEqualTo(at);
                assertThat(ring.remove(at)).isSameAs(asList.remove(at));
                model = new ArrayDeque<>(asList);
            }
            assertThat(ring.size()).isEqualTo(model.size());
        }
        assertThat(ring).containsExactlyElementsOf(model);
        assertThat(ring.isInIdOrder()).isTrue();
    }

    @ParameterizedTest(name = "chunks of 2^{0}")
    @ValueSource(ints = {3, 12})
    void aSelectionLeavesAtOnceFromEitherSideInIdOrderOrNot(int chunkShift) {
        Random random = new Random(23);
        for (int round = 0; round < 500; round++) {
            MessageRing ring = new MessageRing(chunkShift);
            List<Message> model = new ArrayList<>();
            int count = 1 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                Message added = message(1_000 + i);
                ring.addLast(added);
                model.add(added);
            }
            for (int polled = random.nextInt(count); polled > 0; polled--) { // the head somewhere in the array, wrapped or not
                ring.pollFirst();
                model.remove(0);
                Message added = message(1_000_000 + round * 1_000L + polled);
                ring.addLast(added);
                model.add(added);
            }
            if (round % 3 == 0) {
                Message late = message(round); // routed again behind newer ones
                ring.addLast(late);
                model.add(late);
            }
            int from = random.nextInt(model.size());
            int to = from + random.nextInt(model.size() - from);
            LongHashSet ids = new LongHashSet();
            List<Message> selected = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                if (random.nextBoolean()) {
                    ids.add(model.get(i).id());
                    selected.add(model.get(i));
                }
            }
            ids.add(-1); // not there

            assertThat(ring.removeIds(ids)).containsExactlyElementsOf(selected);
            model.removeAll(selected);
            assertThat(ring).containsExactlyElementsOf(model);
            Message next = message(Long.MAX_VALUE - round);
            ring.addLast(next);
            model.add(next);
            assertThat(ring.pollFirst()).isSameAs(model.remove(0));
            assertThat(ring).containsExactlyElementsOf(model);
        }
    }

    @Test
    void iteratorsRemoveWhatTheyPassed() {
        for (long id = 1; id <= 20; id++) {
            ring.addLast(message(id));
        }
        for (Iterator<Message> it = ring.iterator(); it.hasNext(); ) {
            if (it.next().id() % 2 == 0) {
                it.remove();
            }
        }
        for (ListIterator<Message> it = ring.listIterator(ring.size()); it.hasPrevious(); ) {
            if (it.previous().id() % 3 == 0) {
                it.remove();
            }
        }

        assertThat(ids()).containsExactly(1L, 5L, 7L, 11L, 13L, 17L, 19L);
        assertThat(new ArrayList<>(ring)).extracting(Message::id).containsExactly(1L, 5L, 7L, 11L, 13L, 17L, 19L);
    }

    @Test
    void growingToThreeMillionNeverCopiesMoreThanAChunkAtOnce() {
        long mostCopied = 0;
        for (long id = 1; id <= 3_000_000; id++) {
            long before = ring.slotsCopied();
            if (id % 3 == 0) { // the head moves too, so growths find it inside a chunk
                ring.addFirst(ring.pollFirst());
            }
            ring.addLast(message(id));
            mostCopied = Math.max(mostCopied, ring.slotsCopied() - before);
        }

        assertThat(mostCopied).as("slots copied by one add").isLessThanOrEqualTo(4_096);
        assertThat(ring.size()).isEqualTo(3_000_000);
        assertThat(ring.get(1_234_567).id()).isEqualTo(1_234_568);
        assertThat(ring.indexOfId(2_999_999)).isEqualTo(2_999_998);
        assertThat(ring.peekLast().id()).isEqualTo(3_000_000);
    }

    @Test
    void aDrainedBacklogLetsItsChunksGoAndAnEmptiedRingStartsSmall() {
        for (long id = 1; id <= 1_000_000; id++) {
            ring.addLast(message(id));
        }
        int full = ring.chunksInUse();
        for (int i = 0; i < 900_000; i++) {
            ring.pollFirst();
        }
        assertThat(full).isGreaterThanOrEqualTo(1_000_000 / 4_096);
        assertThat(ring.chunksInUse()).as("chunks for the 100,000 left").isLessThanOrEqualTo(100_000 / 4_096 + 2);
        for (int i = 0; i < 50_000; i++) {
            ring.pollLast();
        }
        assertThat(ring.chunksInUse()).as("chunks for the 50,000 left").isLessThanOrEqualTo(50_000 / 4_096 + 2);
        assertThat(ring.peekFirst().id()).isEqualTo(900_001);
        assertThat(ring.peekLast().id()).isEqualTo(950_000);

        while (!ring.isEmpty()) {
            ring.pollFirst();
        }
        ring.addLast(message(2_000_000));
        assertThat(ring.chunksInUse()).isEqualTo(1);
        assertThat(ring).extracting(Message::id).containsExactly(2_000_000L);
    }
}
