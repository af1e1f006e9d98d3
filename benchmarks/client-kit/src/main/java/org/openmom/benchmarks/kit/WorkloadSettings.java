package org.openmom.benchmarks.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client JVM is asked to run, passed on its command line as {@code key=value} words so
 * that both sides (OpenMOM and Artemis clients) read it the same way.
 *
 * @param kind        the traffic shape
 * @param host        broker address
 * @param port        TCP port of the broker producers (and callers, idle services) connect to
 * @param consumerPort TCP port of the broker consumers (and responders) connect to: the same but
 *                    for routed workloads, where a router or bridge takes messages from one to the other
 * @param messages    messages (or calls) in the measured part, all pairs together
 * @param warmup      messages (or calls) before it, for the JIT of client and broker
 * @param bodyBytes   payload size
 * @param pairs       producer/consumer pairs (STREAM)
 * @param idle        idle connected services (or Artemis sessions) held open during the run
 * @param window      unconfirmed messages in flight at most (PERSISTENT_WINDOWED, and the posts before a
 *                    BACKLOG_REGISTRATION)
 * @param instances   consumers sharing the one destination (ANYCAST)
 */
public record WorkloadSettings(WorkloadKind kind, String host, int port, int consumerPort, int messages, int warmup,
                               int bodyBytes, int pairs, int idle, int window, int instances) {

    /** Everyone on one broker. */
    public WorkloadSettings withEndpoint(String newHost, int newPort) {
        return withEndpoints(newHost, newPort, newPort);
    }

    /** Producers on one broker, consumers on another. */
    public WorkloadSettings withEndpoints(String newHost, int producerPort, int newConsumerPort) {
        return new WorkloadSettings(kind, newHost, producerPort, newConsumerPort, messages, warmup, bodyBytes, pairs, idle, window, instances);
    }

    /** The same with another payload size (W8's calls beside W7's 1 KiB messages). */
    public WorkloadSettings withBodyBytes(int newBodyBytes) {
        return new WorkloadSettings(kind, host, port, consumerPort, messages, warmup, newBodyBytes, pairs, idle, window, instances);
    }

    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add("kind=" + kind.name());
        args.add("host=" + host);
        args.add("port=" + port);
        args.add("consumerPort=" + consumerPort);
        args.add("messages=" + messages);
        args.add("warmup=" + warmup);
        args.add("bodyBytes=" + bodyBytes);
        args.add("pairs=" + pairs);
        args.add("idle=" + idle);
        args.add("window=" + window);
        args.add("instances=" + instances);
        return args;
    }

    public static WorkloadSettings parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("workload argument '" + arg + "' is not key=value");
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new WorkloadSettings(WorkloadKind.valueOf(required(values, "kind")), required(values, "host"),
                number(values, "port"), number(values, "consumerPort"), number(values, "messages"), number(values, "warmup"),
                number(values, "bodyBytes"), number(values, "pairs"), number(values, "idle"), number(values, "window"), number(values, "instances"));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("workload argument " + key + "=… is missing");
        }
        return value;
    }

    private static int number(Map<String, String> values, String key) {
        return Integer.parseInt(required(values, key));
    }
}
