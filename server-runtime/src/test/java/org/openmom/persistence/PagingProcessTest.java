package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;

/**
 * {@code openmom server} in a child JVM with a small memory bound: a backlog for an absent service
 * goes to page files; killed with SIGKILL and restarted, the server reads the bodies beyond its
 * budget back from its journal when needed (no page file is written at start), and the service
 * receives every confirmed message whole and in order (issue #19, item 1).
 */
@Timeout(120)
class PagingProcessTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final int BACKLOG = 8_000;
    /** An eighth of it, 2 MiB, stays whole in memory; the rest of the 8 MiB backlog is paged. */
    private static final String[] SERVER = {"-s", "PAGE", "-p", "ncacn_ip_tcp", "-e", "0", "--max-memory", "16M"};

    @TempDir
    Path home;

    private OpenMomClient connect(int port, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", port));
    }

    private static String body(int n) {
        StringBuilder body = new StringBuilder("message " + n + " ");
        while (body.length() < 1024) {
            body.append((char) ('a' + n % 26));
        }
        return body.toString();
    }

    private List<Path> pageFiles() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("data"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".page")).toList();
        }
    }

    @Test
    void aPagedBacklogSurvivesSigkillAndArrivesWholeAndInOrder() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, SERVER); OpenMomClient producer = connect(server.tcpPort(), "PROD", "p")) {
            List<CompletableFuture<?>> confirmations = new ArrayList<>();
            for (int i = 0; i < BACKLOG; i++) {
                confirmations.add(producer.post(Post.to(SINK, "e", body(i)).persistent()));
                if (i % 500 == 499) {
                    CompletableFuture.allOf(confirmations.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                    confirmations.clear();
                }
            }
            assertThat(pageFiles()).as("page files of the running server").isNotEmpty();
            server.kill();
        }

        try (ServerProcess server = ServerProcess.start(home, SERVER)) {
            assertThat(pageFiles()).as("page files written at start: the journal holds the bodies already").isEmpty();
            try (OpenMomClient sink = connect(server.tcpPort(), SINK.service(), SINK.user())) {
                BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
                sink.setMessageListener(got::add);
                for (int i = 0; i < BACKLOG; i++) {
                    ReceivedMessage message = got.poll(10, TimeUnit.SECONDS);
                    assertThat(message).as("message %d of %d", i, BACKLOG).isNotNull();
                    assertThat(message.bodyText()).isEqualTo(body(i));
                }
            }
        }
    }

    @Test
    void pastThePageQuotaGivenOnTheCommandLineAPersistentPostForAnAbsentServiceIsRefusedWithTheReason() throws Exception {
        String[] quota = Stream.concat(Stream.of(SERVER), Stream.of("--page-quota", "2M")).toArray(String[]::new);
        try (ServerProcess server = ServerProcess.start(home, quota); OpenMomClient producer = connect(server.tcpPort(), "PROD", "p")) {
            String refusal = null;
            for (int i = 0; i < BACKLOG && refusal == null; i++) {
                try {
                    producer.post(Post.to(SINK, "e", body(i)).persistent()).get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException refused) {
                    refusal = refused.getCause().getMessage();
                }
            }
            assertThat(refusal).as("refused before %d messages (2 MiB whole in memory, 2 MiB paged)", BACKLOG)
                    .contains("takes no more waiting messages").contains("page quota of 2.0 MiB");
        }
    }
}
