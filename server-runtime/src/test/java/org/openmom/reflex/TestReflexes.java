package org.openmom.reflex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reflexes written as a third party would, compiled during the test into {@code t.jar}. Each
 * makes its effect visible to clients: by changing a message, or by posting to the WATCH service.
 */
final class TestReflexes {
    static final String JAR = "t.jar";

    private static final String IMPORTS = """
            import java.nio.charset.StandardCharsets;
            import org.openmom.model.Message;
            import org.openmom.model.ServiceUser;
            import org.openmom.reflex.*;
            """;

    private static final Map<String, String> SOURCES = Map.ofEntries(
            source("t.Tag", """
                    public class Tag {
                        static boolean append(MessageDraft m, String tag) {
                            m.setText(m.bodyText() + tag);
                            return true;
                        }
                        public static class A implements MessageFilter {
                            public boolean filter(MessageDraft m) { return append(m, "A"); }
                        }
                        public static class B implements MessageFilter {
                            public boolean filter(MessageDraft m) { return append(m, "B"); }
                        }
                        public static class C implements MessageFilter {
                            public boolean filter(MessageDraft m) { return append(m, "C"); }
                        }
                    }
                    """),
            source("t.DropIfAsked", """
                    public class DropIfAsked implements MessageFilter {
                        public boolean filter(MessageDraft m) { return !m.bodyText().contains("drop"); }
                    }
                    """),
            source("t.Witness", """
                    /** Tells the WATCH service each time it runs: for message, registration and de-registration. */
                    public class Witness implements MessageFilter, RegistrationFilter, DeregistrationFilter {
                        private final ReflexContext context;
                        public Witness(ReflexContext context) { this.context = context; }
                        private void tell(String what) {
                            context.post(ServiceUser.of("WATCH", "*"), "witness", 0, what.getBytes(StandardCharsets.UTF_8));
                        }
                        public boolean filter(MessageDraft m) { tell(context.serviceName() + " saw " + m.bodyText()); return true; }
                        public boolean accept(ServiceUser s, byte[] r) { tell(context.serviceName() + " registering " + s); return true; }
                        public void deregistered(ServiceUser s) { tell(context.serviceName() + " gone " + s); }
                    }
                    """),
            source("t.Secret", """
                    public class Secret implements RegistrationFilter {
                        public boolean accept(ServiceUser s, byte[] r) {
                            return new String(r, StandardCharsets.UTF_8).equals("open sesame");
                        }
                    }
                    """),
            source("t.SkipBlocked", """
                    public class SkipBlocked implements DeliveryFilter {
                        public boolean deliver(Message m, ServiceUser recipient) { return !recipient.user().equals("blocked"); }
                    }
                    """),
            source("t.NoOne", """
                    public class NoOne implements DeadLettersReflex {
                        public void deadLetter(Message m, Answer answer) {
                            answer.setEvent("undeliverable");
                            answer.setText("no one for " + m.to() + " " + m.event());
                        }
                    }
                    """),
            source("t.Upper", """
                    public class Upper implements LocalServiceReflex {
                        public void handle(Message m, Answer answer) {
                            answer.setText(new String(m.body(), StandardCharsets.UTF_8).toUpperCase());
                        }
                    }
                    """),
            source("t.Trouble", """
                    /** Fails on demand: throws on "boom", overruns any budget on "slow", else says yes. */
                    public class Trouble implements MessageFilter, RegistrationFilter, DeliveryFilter, LocalServiceReflex,
                            DeadLettersReflex {
                        static void act(String text) throws Exception {
                            if (text.contains("boom")) throw new IllegalStateException("boom asked for");
                            if (text.contains("slow")) Thread.sleep(60_000);
                        }
                        public boolean filter(MessageDraft m) throws Exception { act(m.bodyText()); return true; }
                        public boolean accept(ServiceUser s, byte[] r) throws Exception {
                            act(new String(r, StandardCharsets.UTF_8)); return true;
                        }
                        public boolean deliver(Message m, ServiceUser r) throws Exception {
                            act(new String(m.body(), StandardCharsets.UTF_8)); return true;
                        }
                        public void handle(Message m, Answer a) throws Exception {
                            act(new String(m.body(), StandardCharsets.UTF_8)); a.setText("fine");
                        }
                        public void deadLetter(Message m, Answer a) throws Exception { act(new String(m.body(), StandardCharsets.UTF_8)); }
                    }
                    """),
            source("t.BadStart", """
                    public class BadStart implements MessageFilter {
                        public BadStart() { throw new IllegalStateException("no licence key"); }
                        public boolean filter(MessageDraft m) { return true; }
                    }
                    """));

    private TestReflexes() {}

    private static Map.Entry<String, String> source(String className, String body) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return Map.entry(className, "package t;\n" + IMPORTS + body.replace("public class " + simple, "public class " + simple));
    }

    /** Builds {@code dir/t.jar} with every test reflex. */
    static Path buildJar(Path dir) throws IOException {
        return ReflexJars.build(dir.resolve(JAR), SOURCES);
    }
}
