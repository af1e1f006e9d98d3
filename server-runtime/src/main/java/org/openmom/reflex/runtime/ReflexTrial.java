package org.openmom.reflex.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.LocalService;

/**
 * "Try it": runs one reflex on a sample, as the server would — loaded by the server's own
 * loader (a jar in a class loader of its own), called through the same hooks with the same
 * time budget — but on no server: nothing is posted, delivered or journaled. For filters and
 * local services, whose outcome is an answer to the caller.
 */
public final class ReflexTrial {
    /** The kinds a trial can run: those whose outcome comes back to the caller. */
    public static final List<ReflexKind> KINDS = List.of(ReflexKind.MESSAGE_FILTER, ReflexKind.LOCAL_SERVICE,
            ReflexKind.REGISTRATION_FILTER, ReflexKind.DELIVERY_FILTER);
    private static final ServerIdentity TRIAL_SERVER = new ServerIdentity("TRY", 1);
    private static final ServiceUser SENDER = ServiceUser.of("TRY", "sample");

    private ReflexTrial() {}

    /**
     * A sample message: for (service, user) with {@code event}; for a registration filter the
     * service registering and its registration message.
     */
    public record Sample(String service, String user, String event, byte[] body) {
        public ServiceUser who() {
            return ServiceUser.of(service, user);
        }
    }

    /**
     * What the reflex did.
     *
     * @param verdict     one word: accepted, rejected, answered, failed, or "not concerned" when it does not apply to the sample
     * @param message     the message as the filter left it (changed or not), or null
     * @param answer      a local service's answer, or null
     * @param millis      how long the call took
     * @param explanation one line for people: why, or what failed (the exception)
     */
    public record Outcome(String verdict, Message message, byte[] answer, long millis, String explanation) {
        /** The outcome as lines for a terminal or a dialog. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(verdict + (explanation == null ? "" : ": " + explanation));
            if (message != null) {
                lines.add("message: to " + message.to() + ", event " + message.event() + ", body '" + text(message.body()) + "'");
            }
            if (answer != null) {
                lines.add("answer: '" + text(answer) + "'");
            }
            lines.add("time: " + millis + " ms");
            return lines;
        }

        private static String text(byte[] body) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Loads {@code reflex} (a {@code builtin} or a jar relative to {@code configFile}) and runs it on {@code sample}.
     *
     * @param line where {@code reflex} is declared in {@code configFile}, for messages
     *
     * @throws ReflexLoadException when it cannot be loaded, as the server would refuse it at start
     * @throws IllegalArgumentException when its kind cannot be tried
     */
    public static Outcome run(Path configFile, ReflexDeclaration reflex, int line, Sample sample, ReflexSettings settings)
            throws ReflexLoadException {
        if (!KINDS.contains(reflex.kind())) {
            throw new IllegalArgumentException("a " + reflex.kind().displayName() + " cannot be tried: only "
                    + String.join(", ", KINDS.stream().map(ReflexKind::displayName).toList()) + " give an outcome to show");
        }
        if (!applies(reflex, sample)) {
            return new Outcome("not concerned", null, null, 0, "the reflex is declared for Service Name '" + reflex.serviceName()
                    + "' and Key '" + reflex.key() + "': it does not run for service " + sample.service() + " and event "
                    + sample.event() + " — change the sample");
        }
        // One failure disables the reflex, with the failure as its note: that is what the trial shows.
        ReflexSettings once = settings.withFailuresBeforeDisable(1).withLenient(false);
        try (ConfiguredReflexes loaded = ConfiguredReflexes.load(configFile, new ServerConfiguration(List.of(reflex)), new int[] {line},
                TRIAL_SERVER, once)) {
            long start = System.nanoTime();
            Outcome outcome = call(loaded, reflex.kind(), sample);
            long millis = (System.nanoTime() - start) / 1_000_000;
            ReflexStatus status = loaded.registry().status(0);
            if (status.failures() > 0) {
                return new Outcome("failed", null, null, millis, status.note());
            }
            return new Outcome(outcome.verdict(), outcome.message(), outcome.answer(), millis, outcome.explanation());
        }
    }

    /**
     * The reflex declared at {@code line} of {@code configFile} (a file without errors): its index
     * in execution order, or empty when that line declares no reflex.
     */
    public static Optional<Integer> reflexAtLine(Path configFile, ServerConfiguration configuration, int line) {
        int[] lines = ConfigurationLines.of(configFile, configuration.reflexes().size());
        for (int index = 0; index < lines.length; index++) {
            if (lines[index] == line) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    private static boolean applies(ReflexDeclaration reflex, Sample sample) {
        if (reflex.kind() == ReflexKind.REGISTRATION_FILTER) {
            return NamePattern.matches(reflex.key(), sample.service());
        }
        return NamePattern.matches(reflex.serviceName(), sample.service()) && NamePattern.matches(reflex.key(), sample.event());
    }

    private static Outcome call(ConfiguredReflexes reflexes, ReflexKind kind, Sample sample) {
        switch (kind) {
            case MESSAGE_FILTER: {
                Message message = new Message(1, SENDER, sample.who(), sample.event(), 0, sample.body());
                Optional<Message> kept = reflexes.filterSeed(message);
                return kept.map(m -> new Outcome("accepted", m, null, 0, null))
                        .orElseGet(() -> new Outcome("rejected", null, null, 0, "the message is not posted"));
            }
            case DELIVERY_FILTER: {
                Message message = new Message(1, SENDER, sample.who(), sample.event(), 0, sample.body());
                return reflexes.allowDelivery(message, sample.who()) ? new Outcome("accepted", null, null, 0, "delivered to " + sample.who())
                        : new Outcome("rejected", null, null, 0, "not delivered to " + sample.who());
            }
            case REGISTRATION_FILTER:
                return reflexes.allowRegistration(sample.who(), sample.body())
                        ? new Outcome("accepted", null, null, 0, sample.who() + " may register")
                        : new Outcome("rejected", null, null, 0, sample.who() + " may not register");
            default: {
                Message call = new Message(1, SENDER, sample.who(), sample.event(), Message.CALL, sample.body());
                LocalService service = reflexes.localService(sample.who(), sample.event()).orElseThrow();
                try {
                    return new Outcome("answered", null, service.handle(call), 0, null);
                } catch (RuntimeException failed) {
                    return new Outcome("failed", null, null, 0, failed.getMessage());
                }
            }
        }
    }
}
