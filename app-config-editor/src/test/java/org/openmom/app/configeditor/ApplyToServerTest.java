package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.AcmeReflexes;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The editor applies its configuration to a real running server of this machine, or shows why the server refuses it. */
@ExtendWith(ApplicationExtension.class)
class ApplyToServerTest {
    private static final String JOURNAL = "LoggingService Journal builtin * data/all.journal\n";
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;
    private TestServer server;
    private EditorDriver editor;
    private FxRobot robot;

    @BeforeEach
    void start(FxRobot fx) throws Exception {
        robot = fx;
        AcmeReflexes.build(home.resolve("lib/acme.jar"));
        server = TestServer.named("Apply" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL)
                .configText(JOURNAL).start();
        editor = new EditorDriver(robot).open(home.resolve("server.conf"), home);
    }

    @AfterEach
    void stop() throws Exception {
        editor.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> changes() {
        return robot.lookup("#apply-changes").queryAs(ListView.class);
    }

    private String message() {
        return robot.lookup("#apply-message").queryLabeled().getText();
    }

    /** Opens the Apply dialog on this machine's server and asks it what would change. */
    private void showChanges() {
        editor.press(KeyCode.CONTROL, KeyCode.R);
        @SuppressWarnings("unchecked")
        ComboBox<String> servers = robot.lookup("#apply-server").queryAs(ComboBox.class);
        editor.waitUntil(() -> !servers.getItems().isEmpty());
        assertThat(servers.getEditor().getText()).isEqualTo("local:" + server.name() + ".1");
        robot.clickOn("#show-changes");
        editor.waitUntil(() -> !message().isEmpty() && !message().startsWith("Asking"));
    }

    @Test
    void aFilterAddedInTheEditorActsOnTheServerOnceApplied() throws Exception {
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        editor.fill("service-name", "CHAT").fill("dll-path", "lib/acme.jar").fill("key", "*");
        editor.waitUntil(() -> !editor.valueBox().getItems().isEmpty());
        editor.fillValue("com.acme.NoSpam").clickButton("OK");

        showChanges();
        assertThat(changes().getItems()).containsExactly("added: MessageFilter CHAT lib/acme.jar * com.acme.NoSpam");
        robot.clickOn("#apply");
        editor.waitUntil(() -> message().startsWith("Applied"));
        assertThat(message()).isEqualTo("Applied to local:" + server.name() + ".1: 1 added, 0 removed, 0 changed, 2 reflexes now");
        assertThat(robot.lookup("#apply").queryAs(Button.class).isDisabled()).isTrue();
        editor.clickButton("Close");

        OpenMomClient bob = server.polling("CHAT", "bob");
        OpenMomClient alice = server.connect("CHAT", "alice");
        get(alice.post(Post.to(BOB, "say", "buy spam")));
        get(alice.post(Post.to(BOB, "say", "hello")));
        ReceivedMessage first = bob.receive(Duration.ofSeconds(10));
        assertThat(first).isNotNull();
        assertThat(first.bodyText()).as("the applied filter dropped the spam").isEqualTo("hello");
    }

    @Test
    void aConfigurationTheServerCannotLoadIsRefusedWithItsReasonAndTheServerKeepsItsReflexes() throws Exception {
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT4);
        editor.fill("service-name", "Gate").fill("key", "CHAT").fillValue("PasswordFilter").clickButton("OK");

        showChanges();

        assertThat(message()).startsWith("Refused, nothing changed: ").contains("no password file " + home.resolve("Gate.passwd"));
        assertThat(changes().getItems()).isEmpty();
        assertThat(robot.lookup("#apply").queryAs(Button.class).isDisabled()).isTrue();
        editor.clickButton("Close");
        try (AdminSession session = server.admin()) {
            assertThat(get(session.snapshot()).reflexes()).hasSize(1);
        }
        assertThat(Files.readString(home.resolve("server.conf"))).isEqualTo(JOURNAL);
    }

    @Test
    void aServerOverTcpTakesTheConfigurationWithItsAdminSecret() throws Exception {
        try (TestServer tcp = TestServer.named("Tcp" + ProcessHandle.current().pid()).home(Files.createDirectories(home.resolve("tcp")))
                .protocols(ProtocolSequence.TCP).adminSecret("s3cret").configText(JOURNAL).start()) {
            editor.press(KeyCode.CONTROL, KeyCode.DIGIT1);
            editor.fill("service-name", "Clock").fill("key", "time").fillValue("Echo").clickButton("OK");
            editor.press(KeyCode.CONTROL, KeyCode.R);
            @SuppressWarnings("unchecked")
            ComboBox<String> servers = robot.lookup("#apply-server").queryAs(ComboBox.class);
            editor.waitUntil(() -> !servers.getItems().isEmpty());
            editor.fill("apply-secret", "s3cret");
            robot.interact(() -> servers.getEditor().setText("127.0.0.1:" + tcp.tcpPort()));

            robot.clickOn("#show-changes");
            editor.waitUntil(() -> !message().isEmpty() && !message().startsWith("Asking"));
            assertThat(changes().getItems()).as(message()).containsExactly("added: LocalService Clock builtin time Echo");
            robot.clickOn("#apply");
            editor.waitUntil(() -> message().startsWith("Applied"));
            editor.clickButton("Close");

            try (AdminSession session = get(AdminClient.connect(tcp.tcp(), TestServer.adminOptions(tcp.home().root()).withSecret("s3cret")))) {
                assertThat(get(session.snapshot()).reflexes()).hasSize(2);
            }
        }
    }
}
