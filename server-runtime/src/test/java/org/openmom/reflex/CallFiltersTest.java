package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexSettings;

/** A CALL passes the message filters and the delivery filters as a POST does (issue #18, item 2). */
@Timeout(60)
class CallFiltersTest extends ReflexJarServerTest {
    private void start(String config) throws Exception {
        startServer(config, ReflexSettings.defaults().withBudget(Duration.ofMillis(500)));
    }

    /** An instance that answers each call with its user name, then what it was asked. */
    private void answering(String service, String user) {
        OpenMomClient callee = server.connect(service, user);
        callee.setMessageListener(message -> {});
        callee.setCallHandler(call -> text(user + ": " + call.bodyText()));
    }

    private String call(OpenMomClient caller, String to, String body) throws Exception {
        byte[] answer = caller.call(ServiceUser.parse(to), "ask", text(body), Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        return new String(answer, StandardCharsets.UTF_8);
    }

    @Test
    void aCallAMessageFilterDropsFailsWithTheReason_andOneItRewritesArrivesRewritten() throws Exception {
        start("""
                MessageFilter * t.jar * t.DropIfAsked
                MessageFilter CALLEE t.jar * t.Tag$A
                """);
        answering("CALLEE", "c");
        OpenMomClient caller = server.connect("CALLER", "a");

        assertThatThrownBy(() -> call(caller, "CALLEE/c", "please drop this"))
                .hasMessageContaining("refused by a message filter of server S");
        assertThat(call(caller, "CALLEE/c", "hello")).isEqualTo("c: helloA");
    }

    @Test
    void aMessageFilterMayChangeTheDestinationOfACall() throws Exception {
        Files.writeString(dir.resolve("server.redirects"), "OLD * NEW *\n");
        start("MessageFilter * builtin * Redirect\n");
        answering("NEW", "n");
        OpenMomClient caller = server.connect("CALLER", "a");

        assertThat(call(caller, "OLD/n", "where are you")).isEqualTo("n: where are you");
    }

    @Test
    void aCallGoesToAnInstanceTheDeliveryFiltersAllow_andFailsWhenTheyAllowNone() throws Exception {
        start("DeliveryFilter CALLEE t.jar * t.SkipBlocked\n");
        answering("CALLEE", "blocked");
        answering("CALLEE", "open");
        OpenMomClient caller = server.connect("CALLER", "a");

        for (int i = 0; i < 4; i++) {
            assertThat(call(caller, "CALLEE/*", "call " + i)).isEqualTo("open: call " + i);
        }
        assertThatThrownBy(() -> call(caller, "CALLEE/blocked", "let me in"))
                .hasMessageContaining("delivery filters of server S");
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
