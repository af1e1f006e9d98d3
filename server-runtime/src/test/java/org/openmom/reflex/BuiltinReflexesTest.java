package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.openmom.reflex.ReflexKindsTest.listen;
import static org.openmom.reflex.ReflexKindsTest.next;
import static org.openmom.reflex.ReflexKindsTest.post;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.MessageProperties;
import org.openmom.cli.Main;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.openmom.wire.UserInfo;
import picocli.CommandLine;

/** The five built-in reflexes end to end, on servers started as {@code openmom server} starts them. */
@Timeout(60)
class BuiltinReflexesTest {
    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private TestServer server;

    private TestServer start(String config) throws Exception {
        Path file = dir.resolve("server.conf");
        Files.writeString(file, config);
        return start(file);
    }

    private TestServer start(Path configFile) throws Exception {
        server = TestServer.named("S").home(dir.resolve("home")).protocols(ProtocolSequence.TCP).timeouts(10_000, 2_000)
                .config(configFile).start();
        open.add(server);
        return server;
    }

    private OpenMomClient connect(ClientOptions options) {
        OpenMomClient client = OpenMomClient.connect(options, ServerAddress.tcp("127.0.0.1", server.tcpPort()));
        open.add(0, client);
        return client;
    }

    private OpenMomClient connect(String service, String user) {
        return connect(ClientOptions.of(service, user));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void echoAnswersCallsWithTheRequestBody_andIsAService() throws Exception {
        start("LocalService PING builtin health Echo\n");
        OpenMomClient alice = connect("CHAT", "alice");

        byte[] reply = alice.call(ServiceUser.of("PING", "*"), "health", bytes("are you there?"), Duration.ofSeconds(10))
                .get(10, TimeUnit.SECONDS);

        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("are you there?");
        assertThat(alice.users(ServiceUser.parse("PING")).get(10, TimeUnit.SECONDS))
                .extracting(UserInfo::service, UserInfo::user).containsExactly(org.assertj.core.groups.Tuple.tuple("PING", "S"));
    }

    @Test
    void passwordFilterAcceptsOnlyThePasswordWrittenByOpenmomPasswd_readAgainWhenTheFileChanges() throws Exception {
        Path passwords = dir.resolve("Gate.passwd");
        assertThat(passwd(null, passwords.toString(), "CHAT", "alice", "--password", "s3cret")).isZero();
        assertThat(passwd("from stdin\n", passwords.toString(), "CHAT", "bob")).isZero();
        assertThat(Files.readString(passwords)).doesNotContain("s3cret").contains("CHAT alice pbkdf2-sha256:");
        start("RegistrationFilter Gate builtin CHAT PasswordFilter\n");

        connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage(bytes("s3cret")));
        connect(ClientOptions.of("CHAT", "bob").withRegistrationMessage(bytes("from stdin")));
        connect("OTHER", "o");
        assertThatThrownBy(() -> connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage(bytes("guess"))))
                .isInstanceOf(OpenMomException.class);
        assertThatThrownBy(() -> connect(ClientOptions.of("CHAT", "carol").withRegistrationMessage(bytes("s3cret"))))
                .isInstanceOf(OpenMomException.class);

        assertThat(passwd(null, passwords.toString(), "CHAT", "carol", "--password", "new")).isZero();
        connect(ClientOptions.of("CHAT", "carol").withRegistrationMessage(bytes("new")));

        connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage(bytes("s3cret"))); // a second instance: remembered
        assertThat(passwd(null, passwords.toString(), "CHAT", "alice", "--password", "changed")).isZero();
        assertThatThrownBy(() -> connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage(bytes("s3cret"))))
                .as("the remembered password is forgotten when the file changes")
                .isInstanceOf(OpenMomException.class);
        connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage(bytes("changed")));
    }

    @Test
    void passwordFilterWithoutItsFileStopsTheServerFromStarting() {
        assertThatThrownBy(() -> start("\nRegistrationFilter Gate builtin * PasswordFilter\n"))
                .hasMessage(dir.resolve("server.conf") + ":2: RegistrationFilter 'PasswordFilter': its constructor threw"
                        + " IOException: no password file " + dir.resolve("Gate.passwd") + " — create it with: openmom passwd "
                        + dir.resolve("Gate.passwd") + " SERVICE USER — fix the reflex or what it reads at start");
    }

    @Test
    void deadLetterMailboxKeepsDeadLettersPersistently_withTheirOriginalDestination() throws Exception {
        String config = """
                LoggingService Journal builtin * data/s.journal
                DeadLetters * builtin * DeadLetterMailbox
                """;
        start(config);
        OpenMomClient alice = connect("CHAT", "alice");
        byte[] body = "{\"lost\": \"words é\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(alice.post(new Post(ServiceUser.of("NOBODY", "x"), "hello", 0, body).withProperty("trace", "t-1"))
                .get(10, TimeUnit.SECONDS).recipients()).isZero();
        Await.until("the dead letter waits in the server mailbox", () -> server.broker().waitingSeeds().size() == 1);
        stop();
        open.clear();

        start(dir.resolve("server.conf")); // a restart: the dead letter comes back from the journal
        OpenMomClient admin = connect("DEADLETTERS", "admin");
        ReceivedMessage kept = next(listen(admin));

        assertThat(kept.isPersistent()).isTrue();
        assertThat(kept.event()).isEqualTo("hello");
        assertThat(kept.body()).isEqualTo(body); // byte for byte: a consumer parses the sender's JSON, not ours
        assertThat(kept.properties()).containsExactly(entry("trace", "t-1"),
                entry(MessageProperties.DEAD_LETTER_TO, "NOBODY/x"), entry(MessageProperties.DEAD_LETTER_EVENT, "hello"),
                entry(MessageProperties.DEAD_LETTER_FROM, "CHAT/alice"), entry(MessageProperties.DEAD_LETTER_ID,
                        kept.properties().get(MessageProperties.DEAD_LETTER_ID)));
        assertThat(Long.parseLong(kept.properties().get(MessageProperties.DEAD_LETTER_ID))).isPositive();
    }

    @Test
    void auditLogWritesOneLinePerRegistrationMessageAndDeparture() throws Exception {
        start("""
                RegistrationFilter Audit builtin * AuditLog
                MessageFilter * builtin * AuditLog
                DeregistrationFilter Audit builtin * AuditLog
                """);
        OpenMomClient alice = connect("CHAT", "alice");
        post(alice, "CHAT/alice", "say", "hello");
        alice.close();
        Path audit = dir.resolve("server.audit.log");
        Await.until("the departure is audited", () -> Files.exists(audit) && read(audit).contains("DEREGISTER"));

        List<String> lines = Files.readAllLines(audit);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z REGISTER CHAT/alice");
        assertThat(lines.get(1)).matches(".*Z MESSAGE #\\d+ CHAT/alice -> CHAT/alice say 5 bytes");
        assertThat(lines.get(2)).matches(".*Z DEREGISTER CHAT/alice");
    }

    @Test
    void redirectRewritesDestinationServiceAndEventByPattern() throws Exception {
        Files.writeString(dir.resolve("server.redirects"), """
                # service event new-service new-event
                ORDERS_* * ARCHIVE_* *
                LEGACY new NEW created
                """);
        start("MessageFilter * builtin * Redirect\n");
        OpenMomClient archive = connect("ARCHIVE_EU", "a");
        OpenMomClient fresh = connect("NEW", "n");
        BlockingQueue<ReceivedMessage> archived = listen(archive);
        BlockingQueue<ReceivedMessage> created = listen(fresh);

        assertThat(post(archive, "ORDERS_EU/a", "order", "o1")).isEqualTo(1);
        assertThat(post(archive, "LEGACY/*", "new", "n1")).isEqualTo(1);
        assertThat(post(archive, "LEGACY/*", "old", "n2")).as("no rule for event old").isZero();

        ReceivedMessage order = next(archived);
        assertThat(order.to()).isEqualTo(ServiceUser.of("ARCHIVE_EU", "a"));
        assertThat(order.event()).isEqualTo("order");
        ReceivedMessage renamed = next(created);
        assertThat(renamed.event()).isEqualTo("created");
        assertThat(renamed.bodyText()).isEqualTo("n1");
    }

    @Test
    void theServerCommandRefusesABrokenReflexWithItsPlace_andStartsWithoutItWhenLenient() throws Exception {
        Path config = Files.writeString(dir.resolve("broken.conf"), "# one reflex\nLocalService PING lib/none.jar ping com.acme.Ping\n");
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int exit = commandLine.execute("server", "-c", config.toString(), "-p", "ncacn_ip_tcp", "-e", "0",
                "--home", dir.resolve("home").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("openmom server: " + config + ":2: LocalService 'com.acme.Ping': no readable jar "
                + dir.resolve("lib/none.jar") + " — check the DLL Path 'lib/none.jar' (relative to the configuration file's folder)");

        CommandLine badBudget = Main.newCommandLine();
        StringWriter budgetErr = new StringWriter();
        badBudget.setErr(new PrintWriter(budgetErr, true));
        assertThat(badBudget.execute("server", "-c", config.toString(), "-p", "ncacn_ip_tcp", "-e", "0", "--reflex-budget", "0",
                "--home", dir.resolve("home").toString())).isEqualTo(1);
        assertThat(budgetErr.toString().strip()).isEqualTo("--reflex-budget 0: give a time of 1 millisecond or more");
        CommandLine badPolicy = Main.newCommandLine();
        StringWriter policyErr = new StringWriter();
        badPolicy.setErr(new PrintWriter(policyErr, true));
        assertThat(badPolicy.execute("server", "-c", config.toString(), "-p", "ncacn_ip_tcp", "-e", "0", "--reflex-failure", "ignore",
                "--home", dir.resolve("home").toString())).isEqualTo(1);
        assertThat(policyErr.toString().strip()).isEqualTo("--reflex-failure ignore: write reject or pass");

        try (TestServer lenient = TestServer.named("S").home(dir.resolve("home")).protocols(ProtocolSequence.TCP).config(config)
                .reflexSettings(ReflexSettings.defaults().withLenient(true)).start()) {
            assertThat(lenient.registry().status(0).enabled()).isFalse();
        }
    }

    private static int passwd(String stdin, String... args) {
        InputStream previous = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            CommandLine commandLine = Main.newCommandLine();
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            String[] all = new String[args.length + 1];
            all[0] = "passwd";
            System.arraycopy(args, 0, all, 1, args.length);
            return commandLine.execute(all);
        } finally {
            System.setIn(previous);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
