package org.openmom.benchmarks;

import java.nio.file.Path;

/**
 * What a broker run records besides its figures, into the log folder next to its log: a flight
 * recording (where it allocates and spends time) and a GC log (how its heap was sized and
 * collected — the cause of most differences in peak RSS).
 */
record BrokerDiagnostics(boolean flightRecording, boolean gcLog) {

    JvmCommand applyTo(JvmCommand broker, Path logDir, String runName) {
        JvmCommand recorded = broker;
        if (flightRecording) {
            recorded = recorded.withOption("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + logDir.resolve(runName + ".jfr"));
        }
        if (gcLog) {
            recorded = recorded.withOption("-Xlog:gc*,safepoint:file=" + logDir.resolve(runName + "-gc.log"));
        }
        return recorded;
    }
}
