package org.openmom.benchmarks.kit;

/**
 * W7's end and W8, the same on both brokers: the broker restarted on its data, then the backlog's
 * consumer connects and drains it while another pair makes calls one at a time; reported as the
 * figures {@code DRAIN_RATE}, {@code DRAIN_CALL_P50} and {@code DRAIN_CALL_P99} (µs).
 */
public final class DrainAfterRestart {
    /** Connects the backlog's consumer, which counts each message it takes on {@code drained}; returns what closes it. */
    @FunctionalInterface
    public interface Consumer {
        AutoCloseable open(DeliveryCounter drained) throws Exception;
    }

    /** Connects the caller and the responder of the calls (W4's traffic). */
    @FunctionalInterface
    public interface Calls {
        ClientWorkload open() throws Exception;
    }

    private DrainAfterRestart() {}

    public static void run(Orchestrator orchestrator, int backlog, Calls calls, Consumer consumer) throws Exception {
        orchestrator.restartBroker();
        Latencies callTimes = new Latencies(100_000);
        DeliveryCounter drained = new DeliveryCounter();
        drained.expect(backlog);
        try (ClientWorkload caller = calls.open()) {
            CallLoop loop = new CallLoop(caller, callTimes);
            loop.start();
            long start = System.nanoTime();
            try (AutoCloseable ignored = consumer.open(drained)) {
                drained.await("the drain after the restart", 280);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            loop.finish();
            orchestrator.figure("DRAIN_RATE", backlog / seconds);
            orchestrator.figure("DRAIN_CALL_P50", callTimes.percentile(0.50) / 1e3);
            orchestrator.figure("DRAIN_CALL_P99", callTimes.percentile(0.99) / 1e3);
        }
    }

    /** Calls one at a time on a thread of its own until finished; only that thread records the times. */
    private static final class CallLoop extends Thread {
        private final ClientWorkload caller;
        private final Latencies times;
        private volatile boolean finished;
        private volatile Exception failure;

        CallLoop(ClientWorkload caller, Latencies times) {
            super("calls-during-drain");
            this.caller = caller;
            this.times = times;
        }

        @Override
        public void run() {
            try {
                while (!finished) {
                    caller.run(1, times);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        void finish() throws Exception {
            finished = true;
            join();
            if (failure != null) {
                throw new WorkloadFailure("a call during the drain failed: " + failure, failure);
            }
        }
    }
}
