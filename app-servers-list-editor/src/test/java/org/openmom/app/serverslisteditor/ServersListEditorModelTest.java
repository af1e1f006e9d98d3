package org.openmom.app.serverslisteditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.document.RecentFiles;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.common.testing.TestFileDialogs;
import org.openmom.fileformat.ElementRef;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerLocator;
import org.openmom.serverslist.ServersList;
import org.openmom.home.RunningServers;
import org.openmom.model.ProtocolSequence;
import org.openmom.testing.TestServer;

/** The editor's view models without a window or a JavaFX toolkit: work runs in the test's thread. */
class ServersListEditorModelTest {
    private static final String GUIDE = "! ADMIN *\npc17 ncacn_nb_nb * * *\n4tier12 ncacn_ip_tcp * * *\n* ncalrpc * * *\n\n"
            + "! CHAT *\npc17 ncacn_nb_nb * Chat+Server *\n\n! * *\n4tier12 ncacn_ip_tcp * Server1 *\n* ncalrpc * * *\n";

    @TempDir
    Path folder;
    private final Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private final BackgroundWork background = BackgroundWork.inCallingThread();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path file;
    private Path home;
    private DocumentController<ServersList> document;
    private ServersListEditorModel editor;

    @BeforeEach
    void openTheGuidesExample() throws Exception {
        file = folder.resolve("Servers.lst");
        Files.writeString(file, GUIDE);
        home = folder.resolve("home");
        document = new DocumentController<>(new ServersListFormat(() -> true), ServersListEditor.PROGRAM_NAME, background,
                new TestFileDialogs(), new RecentFiles(preferences), () -> null);
        editor = new ServersListEditorModel(document, dialogs, background, new DeclarationProbe(new OpenMomHome(home)));
        document.openOrStartNew(file);
    }

    /** A server of this machine on the local protocol, recorded in the home's registry where the editor finds it. */
    private TestServer startLocalServer() throws Exception {
        return TestServer.named("Editor" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void theFileIsReadBeforeOpenReturnsAndCounted() {
        assertThat(editor.list().entries()).hasSize(3);
        assertThat(editor.countsProperty().get()).isEqualTo("3 entries, 6 declarations");
        assertThat(document.titleProperty().get()).isEqualTo("Servers.lst — Servers List Editor");
        assertThat(editor.busyProperty().get()).isFalse();
    }

    @Test
    void anEntryAndADeclarationAddedThroughTheDialogsAreSavedWhereTheyBelong() throws Exception {
        editor.selectedProperty().set(ElementRef.of(1));
        dialogs.entry = new EntryNames("PAYROLL", "batch");
        editor.newItem();
        assertThat(editor.selectedProperty().get()).isEqualTo(ElementRef.of(2));
        dialogs.declaration = new ServerLocator("db1", "ncacn_ip_tcp", "7411", "Payroll Server", "2");
        editor.newDeclaration();

        assertThat(document.titleProperty().get()).startsWith("*");
        document.save();

        assertThat(Files.readString(file)).contains("! CHAT *\npc17 ncacn_nb_nb * Chat+Server *\n! PAYROLL batch\n"
                + "db1 ncacn_ip_tcp 7411 Payroll+Server 2\n\n! * *");
        assertThat(document.titleProperty().get()).doesNotStartWith("*");
        assertThat(dialogs.declarationTitles).containsExactly("New server declaration for ! PAYROLL batch");
    }

    @Test
    void aCancelledDialogChangesNothing() {
        editor.selectedProperty().set(ElementRef.of(0, 1));

        editor.editSelected();

        assertThat(dialogs.declarationTitles).containsExactly("Edit server declaration");
        assertThat(document.history().isDirty()).isFalse();
    }

    @Test
    void whoConnectsWhereFollowsTheListAsItIsEdited() {
        WhoConnectsModel who = editor.whoConnects();
        who.serviceProperty().set("CHAT");
        who.userProperty().set("jean");
        assertThat(who.verdictProperty().get()).isEqualTo("CHAT jean uses entry 2 '! CHAT *' and tries, in order:");
        assertThat(who.tried()).containsExactly("pc17, NetBIOS/NetBEUI (ncacn_nb_nb), automatic end point, server Chat Server, any role");

        editor.selectedProperty().set(ElementRef.of(1));
        editor.moveSelectedDown();

        assertThat(who.matchedEntryProperty().get()).isEqualTo(1);
        assertThat(who.verdictProperty().get()).isEqualTo("CHAT jean uses entry 2 '! * *' and tries, in order:");
        assertThat(who.tried()).containsExactly("4tier12, TCP/IP (ncacn_ip_tcp), automatic end point, server Server1, any role",
                "*, Local communications (ncalrpc), automatic end point, any server, any role");
    }

    @Test
    void testingALocalDeclarationReportsTheServersThatAnswer() throws Exception {
        try (TestServer local = startLocalServer()) {
            editor.selectedProperty().set(ElementRef.of(0, 2));

            editor.testSelected();

            DeclarationProbe.Report report = dialogs.report.get(30, TimeUnit.SECONDS);
            assertThat(report.declarationLine()).isEqualTo("* ncalrpc * * *");
            assertThat(report.lines()).singleElement().asString()
                    .startsWith("answers: Editor" + ProcessHandle.current().pid() + "/1 at local:");
            assertThat(document.statusProperty().get()).isEqualTo("Tested * ncalrpc: 1 server answers.");
        }
    }

    @Test
    void testingWhereNothingListensSaysWhyAndAProtocolThisPlatformLacksIsNotTried() throws Exception {
        Files.writeString(file, "! * *\n127.0.0.1 ncacn_ip_tcp 1 * *\npc17 ncacn_nb_nb * * *\n");
        document.openOrStartNew(file);
        editor.selectedProperty().set(ElementRef.of(0, 0));

        editor.testSelected();
        assertThat(dialogs.report.get(30, TimeUnit.SECONDS).lines()).singleElement().asString()
                .startsWith("failed: ").contains("127.0.0.1:1");

        dialogs.report = new CompletableFuture<>();
        editor.selectedProperty().set(ElementRef.of(0, 1));
        editor.testSelected();
        assertThat(dialogs.report.get(30, TimeUnit.SECONDS).lines()).singleElement().asString().contains("is not available on this platform");
    }

    @Test
    void theLocalServersWatchSeesALocalServerStartAndTheLocalWarningFollowsIt() throws Exception {
        try (LocalServersWatch nothingRuns = new LocalServersWatch(new RunningServers(new OpenMomHome(home).run()), background)) {
            nothingRuns.start();
            assertThat(nothingRuns.runningProperty().get()).isFalse();
        }
        try (TestServer local = startLocalServer();
                LocalServersWatch oneRuns = new LocalServersWatch(new RunningServers(new OpenMomHome(home).run()), background)) {
            oneRuns.start();
            assertThat(oneRuns.runningProperty().get()).isTrue();
        }
    }

    @Test
    void anEntryNameWithAPlusIsRefusedAsItIsTyped() {
        EntryDialogModel dialog = new EntryDialogModel("Edit entry ! CHAT *", new EntryNames("CHAT", "*"));
        assertThat(dialog.validProperty().get()).isTrue();

        dialog.serviceName().set("C++");

        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.serviceName().noteProperty().get()).contains("contains '+', which is not allowed in names");
        dialog.serviceName().set(" PAYROLL ");
        assertThat(dialog.value()).isEqualTo(new EntryNames("PAYROLL", "*"));
    }

    /** The person's answers, given by the test; a declaration dialog without an answer is cancelled. */
    private static final class ScriptedDialogs implements EditorDialogs {
        EntryNames entry;
        ServerLocator declaration;
        final List<String> declarationTitles = new ArrayList<>();
        CompletableFuture<DeclarationProbe.Report> report = new CompletableFuture<>();

        @Override
        public Optional<EntryNames> editEntry(String title, EntryNames initial) {
            return Optional.ofNullable(entry);
        }

        @Override
        public Optional<ServerLocator> editDeclaration(String title, ServerLocator initial) {
            declarationTitles.add(title);
            return Optional.ofNullable(declaration);
        }

        @Override
        public void showProbeReport(DeclarationProbe.Report found) {
            report.complete(found);
        }

        @Override
        public void showTestFailure(String message) {
            report.completeExceptionally(new AssertionError(message));
        }

        @Override
        public void showAbout() {
        }
    }
}
