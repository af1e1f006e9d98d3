package org.openmom.benchmarks;

import java.nio.file.Path;

/**
 * What a broker run records besides its figures, into the log folder next to its log: a flight
 * recording (where it allocates and spends time) and a GC log (how its heap was sized and
 * collected — the cause of most differences in peak RSS); and into the log itself, for our broker,
 * every hold of its lock longer than {@code lockHoldMicros} (0: none).
 */
record BrokerDiagnostics(boolean flightRecording, boolean gcLog, long lockHoldMicros) {

    /** The broker's command with the recordings asked for; a broker that is not Java (NATS) runs as it is. */
    ProcessCommand applyTo(ProcessCommand broker, Path logDir, String runName) {
        if (!(broker instanceof JvmCommand jvm)) {
            return broker;
        }
        JvmCommand recorded = jvm;
        if (flightRecording) {
            recorded = recorded.withOption("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + logDir.resolve(runName + ".jfr"));
        }
        if (gcLog) {
            recorded = recorded.withOption("-Xlog:gc*,safepoint:file=" + logDir.resolve(runName + "-gc.log"));
        }
        if (lockHoldMicros > 0) { // read by our broker only (BrokerLock); Artemis ignores it
            recorded = recorded.withOption("-Dopenmom.broker.lockHoldMicros=" + lockHoldMicros);
        }
        return recorded;
    }
}
