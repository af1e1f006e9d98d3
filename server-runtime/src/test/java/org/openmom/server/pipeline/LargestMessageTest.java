package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.openmom.wire.WireCodec;

/**
 * Limits hold end to end (issue #18 item 8): a body that fits the sender's POST frame but not the
 * DELIVER frame that would carry it to its recipient is refused with the reason, instead of being
 * taken and making the recipient drop its connection — and the messages behind it arrive.
 */
class LargestMessageTest {
    private static final int MAX = WireCodec.DEFAULT_MAX_FRAME_SIZE;

    @TempDir
    Path home;

    @Test
    void aBodyThatFitsThePostButNotTheDeliveryIsRefusedAndTheMessagesBehindItArrive() throws Exception {
        try (TestServer server = TestServer.named("BIG").home(home).start()) {
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            // the POST frame of this body is a little under the maximum; its DELIVER, with alice's name
            // and an id more in the header, is over it
            byte[] almostMax = new byte[MAX - 98];

            assertThatThrownBy(() -> alice.post(Post.to("CHAT", "bob", "say", almostMax)).get(30, TimeUnit.SECONDS))
                    .hasMessageContaining("does not fit the frames that deliver it");
            for (int i = 0; i < 5; i++) {
                alice.post(Post.to("CHAT", "bob", "say", ("small " + i).getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
            }

            for (int i = 0; i < 5; i++) {
                ReceivedMessage small = bob.receive(Duration.ofSeconds(10));
                assertThat(small).as("message " + i + " behind the refused one").isNotNull();
                assertThat(small.bodyText()).isEqualTo("small " + i);
            }
        }
    }

    @Test
    void theLargestBodyTheServerTakesIsDeliveredWhole() throws Exception {
        try (TestServer server = TestServer.named("BIG").home(home).start()) {
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            long largest = new FrameRoom(MAX).largestBody(ServiceUser.of("CHAT", "alice"), ServiceUser.of("CHAT", "bob"), "say");
            byte[] body = new byte[(int) largest];
            Arrays.fill(body, (byte) 'x');

            alice.post(Post.to("CHAT", "bob", "say", body)).get(30, TimeUnit.SECONDS);

            ReceivedMessage received = bob.receive(Duration.ofSeconds(30));
            assertThat(received).isNotNull();
            assertThat(received.body()).hasSize(body.length);
        }
    }
}
