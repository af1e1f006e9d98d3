package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** The mailbox keeps delivery order and at-least-once whatever order the service acknowledges in. */
class MailboxTest {
    private static final ServiceUser ALICE = ServiceUser.of("ALICE", "a");
    private static final ServiceUser BOB = ServiceUser.of("BOB", "b");

    private final HeldMemory memory = new HeldMemory(1 << 20);
    private final Mailbox mailbox = new Mailbox(memory, load -> { });

    @Test
    void acknowledgementsInAnyOrderReleaseExactlyTheMessagesNamed() {
        addAndStart(1, 2, 3, 4, 5);

        assertThat(mailbox.acknowledge(3).id()).isEqualTo(3);
        assertThat(mailbox.acknowledge(1).id()).isEqualTo(1);
        assertThat(mailbox.acknowledge(3)).as("a second ACK of the same id").isNull();
        assertThat(mailbox.acknowledge(42)).as("an id never delivered here").isNull();

        assertThat(page(0, Integer.MAX_VALUE, false)).containsExactly("2 in flight", "4 in flight", "5 in flight");
        assertThat(mailbox.inFlightCount()).isEqualTo(3);
        assertThat(memory.held()).isEqualTo(3 * HeldMemory.footprint(message(2)));
    }

    @Test
    void pagesListInFlightThenQueuedAndTheReverseNewestFirst() {
        addAndStart(1, 2, 3);
        mailbox.add(message(4));
        mailbox.add(message(5));

        assertThat(page(0, 10, false)).containsExactly("1 in flight", "2 in flight", "3 in flight", "4", "5");
        assertThat(page(0, 10, true)).containsExactly("5", "4", "3 in flight", "2 in flight", "1 in flight");
        assertThat(page(3, 2, true)).containsExactly("2 in flight", "1 in flight");
        assertThat(page(1, 3, false)).containsExactly("2 in flight", "3 in flight", "4");
    }

    @Test
    void findAndRemoveReachBothInFlightAndQueuedMessages() {
        addAndStart(1, 2);
        mailbox.add(message(3));

        assertThat(mailbox.find(2).id()).isEqualTo(2);
        assertThat(mailbox.find(3).id()).isEqualTo(3);
        assertThat(mailbox.remove(2).id()).isEqualTo(2);
        assertThat(mailbox.remove(3).id()).isEqualTo(3);
        assertThat(mailbox.remove(3)).isNull();
        assertThat(ids(mailbox.takeOldest(10))).containsExactly(1L);
        assertThat(mailbox.undelivered()).isZero();
        assertThat(memory.held()).isZero();
    }

    @Test
    void takeOldestEmptiesTheMailboxInItsOrderAChunkAtATime() {
        addAndStart(1, 2);
        mailbox.add(message(3));
        mailbox.add(message(4));
        mailbox.add(message(5));

        assertThat(ids(mailbox.takeOldest(3))).containsExactly(1L, 2L, 3L);
        assertThat(mailbox.inFlightCount()).isZero();
        assertThat(mailbox.undelivered()).isEqualTo(2);
        assertThat(mailbox.acknowledge(1)).isNull(); // taken: no longer in flight here
        assertThat(ids(mailbox.takeOldest(3))).containsExactly(4L, 5L);
        assertThat(mailbox.undelivered()).isZero();
        assertThat(mailbox.undeliveredBytes()).isZero();
        assertThat(memory.held()).isZero();
    }

    @Test
    void aCopyInPartsResumesAfterTheLastIdAndLeavesOutWhatCameAfterItBegan() {
        addAndStart(1, 2);
        for (long id = 3; id <= 25; id++) {
            mailbox.add(message(id));
        }
        List<Message> copy = new ArrayList<>();

        assertThat(mailbox.copyPart(Long.MIN_VALUE, 24, 10, copy)).as("more may follow").isTrue();
        mailbox.acknowledge(1);
        mailbox.remove(12); // both gone meanwhile: the one copied stays copied, the other is not copied
        assertThat(mailbox.copyPart(10, 24, 10, copy)).isTrue();
        assertThat(mailbox.copyPart(21, 24, 10, copy)).as("the rest, up to the newest id when it began").isFalse();

        assertThat(ids(copy)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L,
                22L, 23L, 24L);
    }

    @Test
    void aMailboxOutOfIdOrderIsCopiedWholeInOnePart() {
        addAndStart(5, 6);
        mailbox.add(message(7));
        mailbox.requeueInFlight(); // 5, 6 then 7: still in order
        mailbox.startNext();
        mailbox.add(message(3)); // a message routed again behind newer ones
        List<Message> copy = new ArrayList<>();

        assertThat(mailbox.copyPart(Long.MIN_VALUE, 100, 2, copy)).as("nothing more to come: it was all copied").isFalse();
        assertThat(ids(copy)).containsExactly(5L, 6L, 7L, 3L);
    }

    private void addAndStart(long... ids) {
        for (long id : ids) {
            mailbox.add(message(id));
            mailbox.startNext();
        }
    }

    private List<String> page(int offset, int limit, boolean newestFirst) {
        List<String> seen = new ArrayList<>();
        mailbox.page(offset, limit, newestFirst, (message, inFlight) -> seen.add(message.id() + (inFlight ? " in flight" : "")));
        return seen;
    }

    private static List<Long> ids(List<Message> messages) {
        return messages.stream().map(Message::id).toList();
    }

    private static Message message(long id) {
        return new Message(id, ALICE, BOB, "say", 0, new byte[10]);
    }
}
