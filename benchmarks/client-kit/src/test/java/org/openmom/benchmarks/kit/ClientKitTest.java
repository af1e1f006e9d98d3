package org.openmom.benchmarks.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientKitTest {
    @Test
    void settingsTravelAsWordsAndComeBackEqual() {
        WorkloadSettings settings = new WorkloadSettings(WorkloadKind.PERSISTENT_WINDOWED, "127.0.0.1", 7411, 7412, 300_000,
                30_000, 1024, 1, 0, 2_000, 10);
        assertThat(WorkloadSettings.parse(settings.toArgs().toArray(String[]::new))).isEqualTo(settings);
    }

    @Test
    void aMissingSettingIsNamed() {
        assertThatThrownBy(() -> WorkloadSettings.parse(new String[] {"kind=STREAM"}))
                .hasMessageContaining("host=");
    }

    @Test
    void resultLineRoundTrips() {
        WorkloadResult result = new WorkloadResult(10_000, 4.25, 120_000, 480_000, 2_000_000);
        assertThat(WorkloadResult.parse(result.toLine())).isEqualTo(result);
        assertThat(result.rate()).isEqualTo(10_000 / 4.25);
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies(4);
        for (int i = 100; i >= 1; i--) { // out of order, and past the first capacity
            latencies.record(i);
        }
        assertThat(latencies.percentile(0.50)).isEqualTo(50);
        assertThat(latencies.percentile(0.99)).isEqualTo(99);
        assertThat(latencies.percentile(0.999)).isEqualTo(100);
        assertThat(new Latencies(1).percentile(0.5)).isEqualTo(-1);
    }

    @Test
    void ignoredLatenciesKeepNothing() {
        Latencies.IGNORED.record(5);
        assertThat(Latencies.IGNORED.count()).isZero();
    }

    @Test
    void anUnexpectedFailureIsOneLineWithEveryCause() {
        Exception failure = new IllegalStateException("send failed", new java.io.IOException("connection reset"));
        assertThat(ClientRunner.causeChain(failure))
                .isEqualTo("java.lang.IllegalStateException: send failed; caused by java.io.IOException: connection reset");
    }
}
