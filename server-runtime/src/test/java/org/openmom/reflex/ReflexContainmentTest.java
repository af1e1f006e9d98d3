package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.MessageStore;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TestServer;

/**
 * Hostile reflexes (issue #18 item 11): one that would exit the server is refused before it runs,
 * a constructor that never returns cannot hang the start, and a runaway call's thread is stopped
 * instead of spinning for the life of the server.
 */
@Timeout(120)
class ReflexContainmentTest {
    private static final String IMPORTS = "package x;\nimport org.openmom.reflex.*;\n";

    @TempDir
    Path home;

    private Path jar(String className, String body) throws Exception {
        return ReflexJars.build(home.resolve("x.jar"), Map.of("x." + className, IMPORTS + body));
    }

    @Test
    void aJarThatCallsSystemExitIsRefusedAtStartWithOneLineNamingTheCall() throws Exception {
        jar("Quitter", """
                public class Quitter implements MessageFilter {
                    public Quitter() { System.exit(44); }
                    public boolean filter(MessageDraft m) { return true; }
                }
                """);
        Path config = Files.writeString(home.resolve("server.conf"), "MessageFilter * x.jar * x.Quitter\n");

        String refusal = ServerProcess.refusal(home, "-s", "EXIT", "-e", "0", "-c", config.toString());

        assertThat(refusal).contains("server.conf:1").contains("would stop the whole server")
                .contains("x.Quitter.<init> calls System.exit").contains("a reflex must not exit");
    }

    @Test
    void aConstructorThatNeverReturnsRefusesTheStartWithinTheStartBudget() throws Exception {
        jar("Stuck", """
                public class Stuck implements MessageFilter {
                    public Stuck() throws InterruptedException { new java.util.concurrent.CountDownLatch(1).await(); }
                    public boolean filter(MessageDraft m) { return true; }
                }
                """);
        Path config = Files.writeString(home.resolve("server.conf"), "MessageFilter * x.jar * x.Stuck\n");

        String refusal = ServerProcess.refusal(home, "-s", "HANG", "-e", "0", "-c", config.toString(), "--reflex-start-budget", "1");

        assertThat(refusal).contains("server.conf:1").contains("its constructor did not return within 1 s");
    }

    @Test
    void aCallThatSpinsPastItsBudgetAndIgnoresInterruptsHasItsThreadStopped() throws Exception {
        jar("Spinner", """
                public class Spinner implements MessageFilter {
                    public static volatile long turns;
                    public boolean filter(MessageDraft m) {
                        if (!m.bodyText().equals("spin")) return true;
                        while (true) { turns++; } // deaf to interrupts
                    }
                }
                """);
        try (TestServer server = TestServer.named("SPIN").home(home).configText("MessageFilter * x.jar * x.Spinner\n")
                .reflexSettings(ReflexSettings.defaults().withBudget(Duration.ofMillis(100))).store(MessageStore.NONE)
                .protocols(ProtocolSequence.TCP).start()) {
            OpenMomClient alice = server.connect("CHAT", "alice");
            BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
            alice.setMessageListener(got::add);
            alice.post(Post.to(ServiceUser.of("CHAT", "alice"), "say", "spin")).get(10, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (spinning() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(spinning()).as("a thread still runs the runaway filter 10 s after its budget").isFalse();

            alice.post(Post.to(ServiceUser.of("CHAT", "alice"), "say", "after")).get(10, TimeUnit.SECONDS);
            assertThat(got.poll(10, TimeUnit.SECONDS)).extracting(ReceivedMessage::bodyText).isEqualTo("after");
        }
    }

    private static boolean spinning() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> stack.length > 0
                && java.util.Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals("x.Spinner")));
    }
}
