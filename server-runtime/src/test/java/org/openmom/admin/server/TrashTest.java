package org.openmom.admin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** The trash keeps what it may — so many messages, so many bytes, so long — the oldest going first. */
class TrashTest {
    private static final ServiceUser BOB = ServiceUser.of("ORDERS", "bob");

    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Message message(long id, int size) {
        return new Message(id, ServiceUser.of("CHAT", "alice"), BOB, "order", Message.PERSISTENT, new byte[size]);
    }

    private static List<Long> ids(List<Trash.Item> items) {
        return items.stream().map(item -> item.message().id()).toList();
    }

    @Test
    void pastItsCountTheOldestGo() {
        Trash trash = new Trash(3, 1 << 20, Duration.ofHours(1), new TestClock());
        for (long id = 1; id <= 5; id++) {
            trash.add(message(id, 10), BOB, "ADMIN/ann (local)");
        }
        assertThat(ids(trash.newest(10))).containsExactly(5L, 4L, 3L);
    }

    @Test
    void pastItsBytesTheOldestGoAndABodyBiggerThanTheWholeTrashIsNotKept() {
        Trash trash = new Trash(100, 100, Duration.ofHours(1), new TestClock());
        trash.add(message(1, 40), BOB, "a");
        trash.add(message(2, 40), BOB, "a");
        trash.add(message(3, 40), BOB, "a");
        assertThat(ids(trash.newest(10))).containsExactly(3L, 2L);
        assertThat(trash.add(message(4, 101), BOB, "a")).isFalse();
        assertThat(trash.size()).isEqualTo(2);
    }

    @Test
    void pastItsRetentionAMessageIsForgottenAndTakingRemovesIt() {
        TestClock clock = new TestClock();
        Trash trash = new Trash(100, 1 << 20, Duration.ofHours(1), clock);
        trash.add(message(1, 1), BOB, "a");
        clock.now = clock.now.plus(Duration.ofMinutes(40));
        trash.add(message(2, 1), BOB, "a");
        clock.now = clock.now.plus(Duration.ofMinutes(30));

        assertThat(ids(trash.newest(10))).containsExactly(2L);
        assertThat(ids(trash.take(List.of(1L, 2L)))).containsExactly(2L);
        assertThat(trash.size()).isZero();
    }
}
