package org.openmom.app.serverslisteditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
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
import org.testfx.util.WaitForAsyncUtils;

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
        // in the table's words, not the file's syntax
        assertThat(robot.lookup("#who-tried").queryListView().getItems())
                .containsExactly("pc17, NetBIOS/NetBEUI (ncacn_nb_nb), automatic end point, server Chat Server, any role");
        assertThat(editor.model().whoConnects().matchedEntryProperty().get()).isEqualTo(1);
    }

    @Test
    void theShadowingWarningPointsAtTheEntryAndSelectsIt(FxRobot robot) {
        editor.open(file, home).clickCell("CHAT").press(KeyCode.ALT, KeyCode.DOWN);

        assertThat(editor.problems()).filteredOn(line -> line.contains("will never use")).hasSize(1);
        robot.clickOn(robot.lookup("#problems .list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> cell.getText() != null && cell.getText().contains("will never use"))
                .queryAs(javafx.scene.Node.class));

        assertThat(editor.model().selectedProperty().get()).isEqualTo(ElementRef.of(2));
    }

    @Test
    void localDeclarationsAreWarnedAboutWhileNoLocalServerRunsHere() throws Exception {
        localServer.close();
        localServer = null;
        editor.open(file, home);

        editor.waitUntil(() -> editor.problems().size() == 4);
        assertThat(editor.problems()).filteredOn(line -> line.contains("ncalrpc")).containsExactly(
                "4:3 no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now",
                "11:3 no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now");

        localServer = startLocalServer();
        editor.waitUntil(() -> editor.problems().size() == 2);
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

    // What a tour of the editor found (issue 17, item 9)

    @Test
    void declarationRowsKeepTheDeclarationIconAfterAnInsertAndADelete() throws IOException {
        // longer than the window, so that the rows are reused when the list scrolls to the change
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            many.append("! SERVICE").append(i).append(" *\nhost").append(i).append("a ncacn_ip_tcp * * *\nhost").append(i)
                    .append("b ncacn_ip_tcp * * *\n* ncalrpc * * *\n\n");
        }
        Files.writeString(file, many.toString());
        editor.open(file, home);
        assertThat(editor.rowsWearingTheWrongIcon()).isEmpty();

        editor.interact(() -> editor.model().selectedProperty().set(ElementRef.of(11)));
        editor.press(KeyCode.INSERT).fill("service-name", "PAYROLL").clickButton("OK");
        assertThat(editor.rowsWearingTheWrongIcon()).isEmpty();

        editor.press(KeyCode.CONTROL, KeyCode.INSERT).fill("network-address", "db1").clickButton("OK");
        assertThat(editor.rowsWearingTheWrongIcon()).isEmpty();

        editor.interact(() -> editor.model().selectedProperty().set(ElementRef.of(3)));
        editor.press(KeyCode.DELETE);
        assertThat(editor.rowsWearingTheWrongIcon()).isEmpty();

        editor.press(KeyCode.CONTROL, KeyCode.Z).press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.rowsWearingTheWrongIcon()).isEmpty();
    }

    @Test
    void theIconOfASelectedRowStaysVisible(FxRobot robot) {
        editor.open(file, home).clickCell("Server1");
        TreeTableRow<?> row = editor.rowShowing("Server1");
        assertThat(row.isSelected()).isTrue();
        assertThat(editor.table().isFocused()).as("the list has the keyboard, as when the person works in it").isTrue();
        ImageView icon = (ImageView) EditorDriver.firstCell(row, editor.table()).getGraphic();

        // the icon's pixels as the window shows them, compared with the selected row's background just right of it
        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> row.getScene().snapshot(null)));
        Bounds at = icon.localToScene(icon.getBoundsInLocal());
        Color background = shot.getPixelReader().getColor((int) at.getMaxX() + 30, (int) at.getCenterY());
        int distinct = 0;
        for (int x = (int) at.getMinX(); x < (int) at.getMaxX(); x++) {
            for (int y = (int) at.getMinY(); y < (int) at.getMaxY(); y++) {
                Color pixel = shot.getPixelReader().getColor(x, y);
                double difference = Math.abs(pixel.getRed() - background.getRed()) + Math.abs(pixel.getGreen() - background.getGreen())
                        + Math.abs(pixel.getBlue() - background.getBlue());
                if (difference > 0.6) {
                    distinct++;
                }
            }
        }
        // (the 16-pixel glyph is thin: about a dozen of its pixels are solid; on a selection of its own colour, none)
        assertThat(distinct).as("pixels of the declaration icon that stand out from the selection's %s", background)
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void protocolsThisPlatformCannotUseAreWarnedAboutInTheProblemsPane() {
        editor.open(file, home);

        assertThat(editor.problems()).filteredOn(line -> line.contains("NetBIOS")).containsExactly(
                "2:6 NetBIOS/NetBEUI (ncacn_nb_nb) is not available on this platform: only TCP/IP and Local can be used here:"
                        + " services here skip this declaration",
                "7:6 NetBIOS/NetBEUI (ncacn_nb_nb) is not available on this platform: only TCP/IP and Local can be used here:"
                        + " services here skip this declaration");
    }

    @Test
    void testingADeclarationOfAnUnknownHostSaysSoWithTheErrorIcon(FxRobot robot) throws IOException {
        Files.writeString(file, "! * *\nno-such-host.invalid ncacn_ip_tcp * * *\n");
        editor.open(file, home).clickCell("no-such-host.invalid").press(KeyCode.CONTROL, KeyCode.T);

        editor.waitUntil(() -> robot.lookup("#probe-results").tryQuery().isPresent());
        assertThat(robot.lookup("#probe-results").queryListView().getItems()).singleElement().asString()
                .isEqualTo("failed: the host no-such-host.invalid is unknown (no DNS or hosts file entry names it)"
                        + " — check the Network Address");
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((ImageView) report.getGraphic()).getImage().getUrl()).endsWith("/error.png");
        editor.clickButton("OK");
    }

    @Test
    void problemLinesAndColumnHeadersAreShownWhole(FxRobot robot) {
        editor.open(file, home);

        Set<Node> shown = robot.lookup("#problems .list-cell").match((ListCell<?> cell) -> cell.getText() != null).queryAll();
        assertThat(shown).isNotEmpty().allSatisfy(cell -> assertThat(shownText(cell)).isEqualTo(((ListCell<?>) cell).getText()));
        Set<Node> headers = robot.lookup("#servers-list .column-header .label").queryAll();
        assertThat(headers).hasSize(7).allSatisfy(header -> assertThat(shownText(header)).isEqualTo(((Label) header).getText()));
    }

    /** What a label really draws: its text, or its text cut off with an ellipsis. */
    private static String shownText(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(text -> ((Text) text).getText())
                .findFirst().orElse("");
    }

    @Test
    void openRecentListsTheFileOpenedFromTheCommandLine(FxRobot robot) {
        editor.open(file, home).openMenu("File");
        Node shown = robot.lookup(".menu").match((Node node) -> node.lookupAll(".label").stream()
                .anyMatch(label -> "Open Recent".equals(((Label) label).getText()))).query();
        assertThat(shown.isDisabled()).as("Open Recent as the File menu shows it").isFalse();
        Menu recent = (Menu) editor.menuItem("File", "Open Recent");
        assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(file.toAbsolutePath().toString());
        editor.press(KeyCode.ESCAPE);
    }

    @Test
    void theEditMenuNamesTheKindSelected() {
        editor.open(file, home).clickCell("CHAT");
        assertThat(editor.menuItem("Edit", "Remove Selected").getText()).isEqualTo("Remove Selected Entry");

        editor.clickCell("Chat Server");
        assertThat(editor.menuItem("Edit", "Remove Selected").getText()).isEqualTo("Remove Selected Server Declaration");
        assertThat(editor.menuItem("Edit", "Edit Selected").getText()).isEqualTo("Edit Selected Server Declaration…");
    }
}
