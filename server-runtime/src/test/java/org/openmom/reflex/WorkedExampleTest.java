package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.reflex.ReflexKindsTest.listen;
import static org.openmom.reflex.ReflexKindsTest.next;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.MessageStore;
import org.openmom.testing.TestServer;

/** The worked example of docs/reflexes.md compiles and does what the page says. */
@Timeout(60)
class WorkedExampleTest {
    @TempDir
    Path dir;

    @Test
    void theSizeLimitOfTheDocsDropsBigMessagesAndTellsTheSender() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "reflexes.md"));
        Matcher java = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertThat(java.find()).as("a java block in docs/reflexes.md").isTrue();
        ReflexJars.build(dir.resolve("lib/acme-reflexes.jar"), Map.of("com.acme.reflexes.SizeLimit", java.group(1)));

        try (TestServer server = TestServer.named("S").home(dir)
                .configText("MessageFilter CHAT lib/acme-reflexes.jar * com.acme.reflexes.SizeLimit\n")
                .reflexSettings(ReflexSettings.defaults().withBudget(Duration.ofMillis(500))).store(MessageStore.NONE).start()) {
            OpenMomClient alice = server.connect("CHAT", "alice");
            BlockingQueue<ReceivedMessage> got = listen(alice);

            int recipients = alice.post(new Post(ServiceUser.of("CHAT", "alice"), "say", 0, new byte[100_000]))
                    .get(10, TimeUnit.SECONDS).recipients();

            assertThat(recipients).isZero();
            ReceivedMessage why = next(got);
            assertThat(why.event()).isEqualTo("too-big");
            assertThat(why.bodyText()).isEqualTo("your say is over 65536 bytes");
        }
    }
}
