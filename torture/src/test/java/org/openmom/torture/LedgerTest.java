package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
    @Test
    void lostAreConfirmedMessagesNeverReceivedExceptExcusedOnes() {
        Ledger ledger = new Ledger();
        for (int i = 0; i < 4; i++) {
            ledger.sent();
        }
        ledger.confirmed("p0:0");
        ledger.confirmed("p0:1");
        ledger.confirmed("p0:2");
        ledger.received(Ledger.body("p0", 0, 0));
        ledger.received(Ledger.body("p0", 3, 10)); // unconfirmed but delivered: not a loss, not a duplicate
        ledger.excuse(List.of("p0:2"));

        assertThat(ledger.missing()).containsExactly("p0:1");
        assertThat(ledger.counts()).isEqualTo(new Ledger.Counts(4, 3, 2, 1, 0));
        assertThat(ledger.unconfirmedReceived()).isEqualTo(1);
    }

    @Test
    void duplicatesAndOrderAreCountedPerSession() {
        Ledger ledger = new Ledger();
        ledger.received(Ledger.body("p0", 1, 0));
        ledger.received(Ledger.body("p0", 2, 0));
        ledger.newSession();
        ledger.received(Ledger.body("p0", 2, 0)); // a redelivery after a restart starts a new session: in order
        ledger.received(Ledger.body("p0", 1, 0)); // out of order within the session

        assertThat(ledger.duplicates()).containsExactlyInAnyOrder("p0:1", "p0:2");
        assertThat(ledger.counts().duplicated()).isEqualTo(2);
        assertThat(ledger.orderViolations()).containsExactly("p0:1 after p0:2");
    }

    @Test
    void aPaddedBodyKeepsItsKey() {
        assertThat(Ledger.keyOf(Ledger.body("n1", 42, 100))).isEqualTo("n1:42");
        assertThat(Ledger.body("n1", 42, 100)).hasSize("n1:42".length() + 1 + 100);
    }
}
