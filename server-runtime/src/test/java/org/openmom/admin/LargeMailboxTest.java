package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

/** A 100,000-message mailbox is read page by page, in both orders, at any offset. */
@Timeout(120)
class LargeMailboxTest {
    private static final int COUNT = 100_000;

    @TempDir
    Path home;

    @Test
    void pagesOfAHundredThousandMessagesComeInOrderAtAnyOffset() throws Exception {
        ServiceUser bob = ServiceUser.of("BULK", "bob");
        try (TestServer server = TestServer.named("BULK").home(home).start();
                // polling without fetching: everything stays queued in the mailbox
                OpenMomClient receiver = OpenMomClient.connect(ClientOptions.of(bob).withPolling(true)
                        .withHome(new OpenMomHome(home)).withReconnect(false), server.tcp());
                AdminSession session = server.admin()) {
            ServiceUser sender = ServiceUser.of("BULK", "feeder");
            long firstId = 0;
            for (int i = 0; i < COUNT; i++) {
                long id = server.broker().post(sender, bob, "n", 0, ("m" + i).getBytes(StandardCharsets.UTF_8)).get().messageId();
                firstId = i == 0 ? id : firstId;
            }
            long instance = get(session.snapshot()).services().stream()
                    .filter(s -> s.who().equals(bob)).findFirst().orElseThrow().instanceId();
            MailboxRef mailbox = MailboxRef.service(instance);

            MailboxPage first = get(session.mailbox(MailboxQuery.first(mailbox, 1000)));
            assertThat(first.total()).isEqualTo(COUNT);
            assertThat(first.messages()).hasSize(1000);
            assertThat(bodies(first).get(0)).isEqualTo("m0");
            assertThat(bodies(first).get(999)).isEqualTo("m999");
            assertThat(first.hasMore()).isTrue();

            MailboxPage middle = get(session.mailbox(MailboxQuery.first(mailbox, 500).page(50_000, 500)));
            assertThat(bodies(middle).get(0)).isEqualTo("m50000");
            assertThat(middle.messages().get(0).id()).isEqualTo(firstId + 50_000);
            assertThat(middle.offset()).isEqualTo(50_000);

            MailboxPage newest = get(session.mailbox(MailboxQuery.first(mailbox, 3).ordered(PageOrder.NEWEST_FIRST)));
            assertThat(bodies(newest)).containsExactly("m99999", "m99998", "m99997");

            MailboxPage tail = get(session.mailbox(MailboxQuery.first(mailbox, 1000).page(COUNT - 10, 1000)));
            assertThat(tail.messages()).hasSize(10);
            assertThat(bodies(tail).get(9)).isEqualTo("m99999");
            assertThat(tail.hasMore()).isFalse();

            MailboxPage oldestFromTheEnd = get(session.mailbox(
                    MailboxQuery.first(mailbox, 1000).ordered(PageOrder.NEWEST_FIRST).page(COUNT - 2, 1000)));
            assertThat(bodies(oldestFromTheEnd)).containsExactly("m1", "m0");

            MailboxPage capped = get(session.mailbox(MailboxQuery.first(mailbox, 5000)));
            assertThat(capped.messages()).as("one page is at most %d", MailboxQuery.MAX_LIMIT).hasSize(MailboxQuery.MAX_LIMIT);

            MailboxPage seeds = get(session.mailbox(MailboxQuery.first(MailboxRef.server(MailboxKind.MESSAGE_SEEDS), 2)
                    .ordered(PageOrder.NEWEST_FIRST).page(10, 2)));
            assertThat(seeds.total()).isEqualTo(COUNT);
            assertThat(bodies(seeds)).containsExactly("m99989", "m99988");
        }
    }

    private static List<String> bodies(MailboxPage page) {
        return page.messages().stream().map(m -> new String(m.preview(), StandardCharsets.UTF_8)).toList();
    }
}
