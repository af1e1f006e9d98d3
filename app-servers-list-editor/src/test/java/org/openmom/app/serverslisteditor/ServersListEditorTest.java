package org.openmom.app.serverslisteditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.fileformat.ElementRef;
import org.openmom.model.ProtocolSequence;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.framework.junit5.ApplicationExtension;

/** The editor driven through its window, headless, checking what the person sees and what lands on disk. */
@ExtendWith(ApplicationExtension.class)
class ServersListEditorTest {
    private static final String GUIDE = "! ADMIN *\npc17 ncacn_nb_nb * * *\n4tier12 ncacn_ip_tcp * * *\n* ncalrpc * * *\n\n"
            + "! CHAT *\npc17 ncacn_nb_nb * Chat+Server *\n\n! * *\n4tier12 ncacn_ip_tcp * Server1 *\n* ncalrpc * * *\n";

    @TempDir
    Path folder;
    /** This machine's OpenMOM home, with a local server running (as on an administrator's machine). */
    private Path home;
    private TestServer localServer;
    private Path file;
    private EditorDriver editor;

    /** A server of this machine on the local protocol, recorded in the home's registry where the editor finds it. */
    private TestServer startLocalServer() throws Exception {
        return TestServer.named("Editor" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
    }

    @BeforeEach
    void guideExample(FxRobot robot) throws Exception {
        file = folder.resolve("Servers.lst");
        Files.writeString(file, GUIDE);
        home = folder.resolve("home");
        localServer = startLocalServer();
        editor = new EditorDriver(robot);
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
        if (localServer != null) {
            localServer.close();
        }
    }

    @Test
    void theGuidesExampleShowsEntriesWithTheirDeclarationsInFileOrder() {
        editor.open(file, home);

        assertThat(editor.rows()).containsExactly(
                "! ADMIN *", "  pc17 ncacn_nb_nb * * *", "  4tier12 ncacn_ip_tcp * * *", "  * ncalrpc * * *",
                "! CHAT *", "  pc17 ncacn_nb_nb * Chat+Server *",
                "! * *", "  4tier12 ncacn_ip_tcp * Server1 *", "  * ncalrpc * * *");
        assertThat(editor.title()).isEqualTo("Servers.lst — Servers List Editor");
    }

    @Test
    void anEntryAndADeclarationAddedThroughTheDialogsAreSavedWhereTheyBelong() {
        editor.open(file, home).clickCell("CHAT").press(KeyCode.INSERT);
        editor.fill("service-name", "PAYROLL").fill("user-name", "batch").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.INSERT);
        editor.fill("network-address", "db1").fill("endpoint", "7411").fill("server-name", "Payroll Server")
                .fill("server-role", "2").clickButton("OK");

        assertThat(editor.title()).isEqualTo("*Servers.lst — Servers List Editor");
        editor.press(KeyCode.CONTROL, KeyCode.S);

        editor.assertSavedAs(file, "! ADMIN *\npc17 ncacn_nb_nb * * *\n4tier12 ncacn_ip_tcp * * *\n* ncalrpc * * *\n\n"
                + "! CHAT *\npc17 ncacn_nb_nb * Chat+Server *\n! PAYROLL batch\ndb1 ncacn_ip_tcp 7411 Payroll+Server 2\n\n"
                + "! * *\n4tier12 ncacn_ip_tcp * Server1 *\n* ncalrpc * * *\n");
        assertThat(editor.title()).isEqualTo("Servers.lst — Servers List Editor");
    }

    @Test
    void withADeclarationSelectedNewEntryAddsADeclarationBelowIt() {
        editor.open(file, home).clickCell("4tier12").press(KeyCode.INSERT);
        editor.fill("network-address", "pc18").clickButton("OK");

        assertThat(editor.rows()).containsSubsequence("  4tier12 ncacn_ip_tcp * * *", "  pc18 ncacn_ip_tcp * * *", "  * ncalrpc * * *");
        assertThat(editor.model().selectedProperty().get()).isEqualTo(ElementRef.of(0, 2));
    }

    @Test
    void entriesMoveUpAndDownWithTheirDeclarations() {
        editor.open(file, home).clickCell("CHAT").press(KeyCode.ALT, KeyCode.UP);

        assertThat(editor.rows()).startsWith("! CHAT *", "  pc17 ncacn_nb_nb * Chat+Server *", "! ADMIN *");

        editor.press(KeyCode.ALT, KeyCode.DOWN).press(KeyCode.ALT, KeyCode.DOWN);
        assertThat(editor.rows()).containsSubsequence("! ADMIN *", "! * *", "! CHAT *");
        assertThat(editor.model().list().entries()).hasSize(3);
    }

    @Test
    void removeUndoAndRedo() {
        editor.open(file, home).clickCell("Chat Server").press(KeyCode.DELETE);
        assertThat(editor.rows()).containsSubsequence("! CHAT *", "! * *").doesNotContain("  pc17 ncacn_nb_nb * Chat+Server *");

        editor.press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.rows()).contains("  pc17 ncacn_nb_nb * Chat+Server *");
        assertThat(editor.title()).doesNotStartWith("*");

        editor.press(KeyCode.CONTROL, KeyCode.Y);
        assertThat(editor.rows()).doesNotContain("  pc17 ncacn_nb_nb * Chat+Server *");
        assertThat(editor.title()).startsWith("*");
    }

    @Test
    void invalidFieldsAreMarkedAsTypedAndOkStaysDisabledUntilTheDeclarationIsValid(FxRobot robot) {
        editor.open(file, home).clickCell("4tier12").press(KeyCode.F2);

        editor.fill("endpoint", "http");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        assertThat(editor.note("endpoint")).startsWith("the TCP endpoint 'http' is not a port number");

        editor.fill("endpoint", "7410").fill("server-role", "0");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        assertThat(editor.note("server-role")).startsWith("the server role '0' is neither * nor a whole number ≥ 1");

        editor.fill("server-role", "3");
        assertThat(editor.dialogButton("OK").isDisabled()).isFalse();
        editor.clickButton("OK");
        assertThat(editor.rows()).contains("  4tier12 ncacn_ip_tcp 7410 * 3");
    }

    @Test
    void choosingLocalForcesTheNetworkAddressToStar(FxRobot robot) {
        editor.open(file, home).clickCell("4tier12").press(KeyCode.F2);

        robot.clickOn("#protocol");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Local communications (ncalrpc)"))
                .queryAs(javafx.scene.Node.class));

        assertThat(robot.lookup("#network-address").queryTextInputControl().getText()).isEqualTo("*");
        assertThat(robot.lookup("#network-address").query().isDisabled()).isTrue();
        assertThat(editor.dialogButton("OK").isDisabled()).isFalse();
        editor.clickButton("Cancel");
        assertThat(editor.title()).doesNotStartWith("*");
    }

    @Test
    void aNameWithAPlusIsRefusedInTheEntryDialog() {
        editor.open(file, home).clickCell("CHAT").press(KeyCode.F2);

        editor.fill("service-name", "C++");

        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        assertThat(editor.note("service-name")).contains("contains '+', which is not allowed in names");
        editor.clickButton("Cancel");
    }

    @Test
    void unsavedChangesAreNotLostWithoutAsking() {
        editor.open(file, home).clickCell("Chat Server").press(KeyCode.DELETE);

        editor.press(KeyCode.CONTROL, KeyCode.N);
        assertThat(editor.dialogButton("Don't Save")).isNotNull();
        editor.clickButton("Cancel");
        assertThat(editor.model().list().entries()).hasSize(3);

        editor.press(KeyCode.CONTROL, KeyCode.N).clickButton("Don't Save");
        assertThat(editor.model().list().entries()).isEmpty();
        assertThat(file).hasContent(GUIDE.strip());
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst() {
        editor.open(file, home).clickCell("Chat Server").press(KeyCode.DELETE);

        editor.requestClose().clickButton("Cancel");
        assertThat(editor.isShowing()).isTrue();

        editor.requestClose().clickButton("Don't Save");
        assertThat(editor.isShowing()).isFalse();
        assertThat(file).hasContent(GUIDE.strip());
    }

    @Test
    void aCleanWindowClosesWithoutQuestion() {
        editor.open(file, home).requestClose();

        assertThat(editor.isShowing()).isFalse();
    }

    @Test
    void answeringSaveToThePromptSavesThenGoesOn() {
        editor.open(file, home).clickCell("Chat Server").press(KeyCode.DELETE);

        editor.press(KeyCode.CONTROL, KeyCode.N).clickButton("Save");

        editor.waitUntil(() -> editor.model().list().entries().isEmpty());
        editor.assertSavedAs(file, GUIDE.replace("pc17 ncacn_nb_nb * Chat+Server *\n", ""));
    }

    @Test
    void aBrokenFileOpensWithItsErrorsAndIsNotRewritten(FxRobot robot) throws IOException {
        String broken = "! * *\n* ncalrpc * * *\n! CHAT *\npc17 tcp 7410 * 0\nhost ncacn_ip_tcp\n";
        Files.writeString(file, broken);

        editor.open(file, home);

        assertThat(robot.lookup("#problems").queryListView().getItems()).hasSize(4);
        assertThat(editor.model().document().checkProperty().get().errors())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly("4:6 unknown protocol sequence 'tcp'", "4:17 the server role '0' is neither * nor a whole number ≥ 1",
                        "5:18 missing endpoint in the server declaration");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("with 3 errors: the file is not changed unless you save it");
        assertThat(file).hasContent(broken.strip());
    }

    @Test
    void savingAListThatStillHasErrorsAsksFirst() throws IOException {
        String broken = "! * *\n* ncalrpc * * *\nhost ncacn_ip_tcp\n";
        Files.writeString(file, broken);
        editor.open(file, home).clickCell("Local communications (ncalrpc)").press(KeyCode.F2);
        editor.fill("server-role", "5").clickButton("OK");
        assertThat(editor.rows()).containsExactly("! * *", "  * ncalrpc * * 5");

        editor.press(KeyCode.CONTROL, KeyCode.S);
        assertThat(editor.dialogButton("Save Anyway")).isNotNull();
        editor.clickButton("Cancel");

        assertThat(file).hasContent(broken.strip());
    }

    @Test
    void aMissingDefaultFileStartsANewListThatTheFirstSaveCreates() {
        Path absent = folder.resolve("files/Servers.lst");
        editor.open(absent, home);
        assertThat(editor.rows()).isEmpty();

        editor.press(KeyCode.INSERT).fill("service-name", "*").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.INSERT);
        editor.fill("network-address", "localhost").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.S);

        editor.assertSavedAs(absent, "! * *\nlocalhost ncacn_ip_tcp * * *\n");
    }

    @Test
    void saveAsWritesTheChosenFileAndMakesItTheDocument() {
        Path copy = folder.resolve("copy.lst");
        editor.open(file, home);
        editor.fileDialogs().willChoose(copy);

        editor.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        editor.assertSavedAs(copy, GUIDE);
        editor.waitUntil(() -> editor.title().startsWith("copy.lst"));
    }

    @Test
    void whoConnectsWhereShowsTheEntryAndTheDeclarationsTried(FxRobot robot) {
        editor.open(file, home);

        robot.clickOn("#who-service").write("CHAT");
        robot.clickOn("#who-user").write("jean");

        assertThat(robot.lookup("#who-verdict").queryLabeled().getText())
                .isEqualTo("CHAT jean uses entry 2 '! CHAT *' and tries, in order:");
        assertThat(robot.lookup("#who-tried").queryListView().getItems()).containsExactly("pc17 ncacn_nb_nb * Chat+Server *");
        assertThat(editor.model().whoConnects().matchedEntryProperty().get()).isEqualTo(1);
    }

    @Test
    void theShadowingWarningPointsAtTheEntryAndSelectsIt(FxRobot robot) {
        editor.open(file, home).clickCell("CHAT").press(KeyCode.ALT, KeyCode.DOWN);

        var problems = robot.lookup("#problems").queryListView();
        assertThat(problems.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#problems .list-cell").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(editor.model().selectedProperty().get()).isEqualTo(ElementRef.of(2));
    }

    @Test
    void localDeclarationsAreWarnedAboutWhileNoLocalServerRunsHere() throws Exception {
        localServer.close();
        localServer = null;
        editor.open(file, home);

        editor.waitUntil(() -> editor.problems().size() == 2);
        assertThat(editor.problems()).containsExactly(
                "4:3 no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now",
                "11:3 no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now");

        localServer = startLocalServer();
        editor.waitUntil(() -> editor.problems().isEmpty());
    }

    @Test
    void testingALocalDeclarationShowsTheServersThatAnswer(FxRobot robot) {
        editor.open(file, home).clickCell("Local communications (ncalrpc)").press(KeyCode.CONTROL, KeyCode.T);

        editor.waitUntil(() -> robot.lookup("#probe-results").tryQuery().isPresent());
        assertThat(robot.lookup("#probe-results").queryListView().getItems())
                .singleElement().asString().startsWith("answers: Editor" + ProcessHandle.current().pid() + "/1 at local:");
        editor.clickButton("OK");
    }

    @Test
    void testingADeclarationWhereNothingListensSaysWhy(FxRobot robot) throws IOException {
        Files.writeString(file, "! * *\n127.0.0.1 ncacn_ip_tcp 1 * *\npc17 ncacn_nb_nb * * *\n");
        editor.open(file, home).clickCell("127.0.0.1").press(KeyCode.CONTROL, KeyCode.T);

        editor.waitUntil(() -> robot.lookup("#probe-results").tryQuery().isPresent());
        assertThat(robot.lookup("#probe-results").queryListView().getItems())
                .singleElement().asString().startsWith("failed: ").contains("127.0.0.1:1");
        editor.clickButton("OK");

        editor.clickCell("pc17").press(KeyCode.CONTROL, KeyCode.T);
        editor.waitUntil(() -> robot.lookup("#probe-results").tryQuery().isPresent());
        assertThat(robot.lookup("#probe-results").queryListView().getItems())
                .singleElement().asString().contains("is not available on this platform");
        editor.clickButton("OK");
    }

    @Test
    void openReadsTheChosenFileAndRemembersItInOpenRecent(FxRobot robot) throws IOException {
        Path other = folder.resolve("other.lst");
        Files.writeString(other, "! PAYROLL *\ndb1 ncacn_ip_tcp 7411 * *\n");
        editor.open(file, home);
        editor.fileDialogs().willChoose(other);

        editor.press(KeyCode.CONTROL, KeyCode.O);

        editor.waitUntil(() -> editor.title().startsWith("other.lst"));
        assertThat(editor.rows()).containsExactly("! PAYROLL *", "  db1 ncacn_ip_tcp 7411 * *");
        assertThat(editor.model().document().recentFiles().files()).startsWith(other.toAbsolutePath(), file.toAbsolutePath());
    }
}
