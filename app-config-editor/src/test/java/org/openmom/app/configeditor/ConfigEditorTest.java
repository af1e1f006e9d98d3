package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.reflex.AcmeReflexes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The editor driven through its window, headless, checking what the person sees and what lands on disk. */
@ExtendWith(ApplicationExtension.class)
class ConfigEditorTest {
    @TempDir
    Path folder;
    private Path home;
    private EditorDriver editor;

    @BeforeEach
    void setUp(FxRobot robot) {
        home = folder.resolve("home");
        editor = new EditorDriver(robot);
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    /** A reflex author's jar: message filters, local services, a delivery and a de-registration filter, a helper. */
    private Path acmeJar() throws Exception {
        return AcmeReflexes.build(folder.resolve("lib/acme.jar"));
    }

    @Test
    void oneReflexOfEachKindMadeThroughItsDialogIsSavedByteForByte() throws Exception {
        acmeJar();
        Path file = folder.resolve("server.conf");
        editor.open(file, home);

        editor.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        editor.fill("service-name", "Journal").fill("key", "*").fillValue("data/all.journal").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT4);
        editor.fill("service-name", "Gate").fill("key", "CHAT").fillValue("PasswordFilter").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        editor.fill("service-name", "*").fill("key", "*").fillValue("AuditLog").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT7);
        editor.fill("service-name", "Chat Room").fill("dll-path", "lib/acme.jar").fill("key", "say");
        editor.waitUntil(() -> !editor.valueBox().getItems().isEmpty());
        assertThat(editor.valueBox().getItems()).containsExactly("com.acme.Quiet");
        editor.fillValue("com.acme.Quiet").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT1);
        editor.fill("service-name", "Clock").fill("key", "time").fillValue("Echo").clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT6);
        editor.fill("service-name", "Farewell").fill("dll-path", "lib/acme.jar").fill("key", "*").fillValue("com.acme.Bye");
        editor.waitUntil(() -> editor.valueBox().getItems().contains("com.acme.Bye"));
        editor.clickButton("OK");
        editor.press(KeyCode.CONTROL, KeyCode.DIGIT5);
        editor.fill("service-name", "Keeper").fill("key", "*").fillValue("DeadLetterMailbox").clickButton("OK");

        assertThat(editor.title()).startsWith("*server.conf");
        editor.press(KeyCode.CONTROL, KeyCode.S);

        editor.assertSavedAs(file, "LoggingService Journal builtin * data/all.journal\n"
                + "RegistrationFilter Gate builtin CHAT PasswordFilter\n"
                + "MessageFilter * builtin * AuditLog\n"
                + "DeliveryFilter Chat+Room lib/acme.jar say com.acme.Quiet\n"
                + "LocalService Clock builtin time Echo\n"
                + "DeregistrationFilter Farewell lib/acme.jar * com.acme.Bye\n"
                + "DeadLetters Keeper builtin * DeadLetterMailbox\n");
        assertThat(editor.problems()).isEmpty();
    }

    @Test
    void theGuidesRulesAreRefusedAtTheFieldAsTyped() {
        editor.open(folder.resolve("server.conf"), home);

        editor.press(KeyCode.CONTROL, KeyCode.DIGIT1);
        editor.fill("service-name", "Clock").fill("key", "*").fillValue("Echo");
        assertThat(editor.note("key")).contains("cannot hold *");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();

        editor.fill("key", "time").fillValue("PasswordFilter");
        assertThat(editor.note("value")).contains("no built-in Local Service is named 'PasswordFilter'");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        assertThat(editor.valueBox().getItems()).containsExactly("Echo");

        editor.fillValue("Echo");
        assertThat(editor.dialogButton("OK").isDisabled()).isFalse();
        editor.clickButton("Cancel");

        editor.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        editor.fill("service-name", "Journal").fill("key", "Chat").fillValue("~copy.journal");
        assertThat(editor.note("value")).contains("no master for key Chat");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        editor.clickButton("Cancel");
        assertThat(editor.rows()).isEmpty();
    }

    @Test
    void aJarOffersForValueOnlyItsClassesOfTheKind() throws Exception {
        Path jar = acmeJar();
        Path file = folder.resolve("server.conf");
        editor.open(file, home);

        editor.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        editor.fill("service-name", "Chat").fill("key", "*");
        editor.willChooseJar(jar);
        editor.clickButton("Browse…");

        assertThat(editor.field("dll-path")).isEqualTo("lib/acme.jar");
        editor.waitUntil(() -> editor.valueBox().getItems().size() == 2);
        assertThat(editor.valueBox().getItems()).containsExactlyInAnyOrder("com.acme.NoSpam", "com.acme.Upper");

        editor.fillValue("com.acme.Clock");
        assertThat(editor.note("value")).contains("com.acme.Clock is not a Message Filter");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();

        editor.fillValue("com.acme.NoSpam").clickButton("OK").press(KeyCode.CONTROL, KeyCode.S);
        editor.assertSavedAs(file, "MessageFilter Chat lib/acme.jar * com.acme.NoSpam\n");
    }

    @Test
    void makeMasterTurnsTheSelectedMirrorIntoTheMasterOfItsKey() throws Exception {
        Path file = folder.resolve("server.conf");
        Files.writeString(file, "# journals\nLoggingService Journal builtin * ~backup/all.journal\n"
                + "LoggingService Journal builtin * data/all.journal\nLoggingService Journal builtin Chat chat.journal\n");
        editor.open(file, home);
        assertThat(editor.rows()).containsExactly(
                "1 LoggingService Journal builtin * ~backup/all.journal | mirror of * (master: data/all.journal)",
                "2 LoggingService Journal builtin * data/all.journal | master of *",
                "3 LoggingService Journal builtin Chat chat.journal | master of Chat");

        editor.clickCell("~backup/all.journal").press(KeyCode.CONTROL, KeyCode.M);

        assertThat(editor.rows()).containsExactly(
                "1 LoggingService Journal builtin * ~data/all.journal | mirror of * (master: backup/all.journal)",
                "2 LoggingService Journal builtin * backup/all.journal | master of *",
                "3 LoggingService Journal builtin Chat chat.journal | master of Chat");
        assertThat(editor.model().selectedProperty().get()).isEqualTo(1);
        editor.press(KeyCode.CONTROL, KeyCode.S);
        editor.assertSavedAs(file, "LoggingService Journal builtin * ~data/all.journal\n"
                + "# journals\nLoggingService Journal builtin * backup/all.journal\nLoggingService Journal builtin Chat chat.journal\n");
    }

    @Test
    void whatCheckConfigFindsInTheJarsIsAProblemTooAndStaysThroughAnEdit() throws Exception {
        Path file = folder.resolve("server.conf");
        Files.writeString(file, "LocalService Clock builtin time Echo\nMessageFilter Chat lib/missing.jar * com.acme.Spam\n");
        editor.open(file, home);
        editor.waitUntil(() -> !editor.problems().isEmpty());
        assertThat(editor.problems()).singleElement().asString().startsWith("2:").contains("no readable jar");

        editor.later(() -> editor.model().selectedProperty().set(0));
        editor.press(KeyCode.ALT, KeyCode.DOWN); // Move Down: the document changes, the jar is checked again
        editor.waitUntil(() -> editor.problems().size() == 1 && editor.problems().get(0).startsWith("1:"));
        assertThat(editor.problems()).singleElement().asString().contains("no readable jar " + folder.resolve("lib/missing.jar"));
    }

    /** New Activation (Ctrl+8): a program started on demand, checked as typed, and whether the program is there as check config says. */
    @Test
    void anActivationIsMadeThroughItsDialogAndItsProgramIsChecked() throws Exception {
        Path file = Files.writeString(folder.resolve("server.conf"), "");
        editor.open(file, home);

        editor.press(KeyCode.CONTROL, KeyCode.DIGIT8);
        assertThat(editor.field("key")).isEqualTo("WAIT");
        editor.fill("service-name", "Orders").fill("dll-path", "bin/orders").fill("key", "SOMETIMES").fillValue("2");
        assertThat(editor.note("key")).contains("unknown model 'SOMETIMES'");
        assertThat(editor.dialogButton("OK").isDisabled()).isTrue();
        editor.fill("key", "NOWAIT").fillValue("100");
        assertThat(editor.note("value")).contains("is not a number from 1 to 64");
        editor.fillValue("2").clickButton("OK");

        editor.waitUntil(() -> !editor.problems().isEmpty());
        assertThat(editor.problems()).singleElement().asString().startsWith("1:").contains("no program at " + folder.resolve("bin/orders"));
        assertThat(editor.rows()).containsExactly("1 Activation Orders bin/orders NOWAIT 2");
        assertThat(editor.model().countsProperty().get()).isEqualTo("0 reflexes, 1 activation"); // the status bar
    }

    @Test
    void aClickOnAProblemSelectsItsReflexAndUndoRestoresARemovedOne() throws Exception {
        Path file = folder.resolve("server.conf");
        Files.writeString(file, "LocalService Clock builtin time Echo\nMessageFilter Chat builtin * Nope\n");
        editor.open(file, home);
        assertThat(editor.problems()).containsExactly("2:30 no built-in Message Filter is named 'Nope'");

        editor.later(() -> editor.model().selectedProperty().set(ConfigEditorModel.NONE));
        editor.clickProblem("Nope");
        assertThat(editor.model().selectedProperty().get()).isEqualTo(1);

        editor.press(KeyCode.DELETE);
        assertThat(editor.rows()).containsExactly("1 LocalService Clock builtin time Echo");
        assertThat(editor.problems()).isEmpty();
        editor.press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.rows()).hasSize(2);
        assertThat(editor.title()).doesNotStartWith("*");
    }

    @Test
    void theTableIsFilteredByKindAndServiceAndKeepsTheFilesNumbers(FxRobot robot) throws Exception {
        Path file = folder.resolve("server.conf");
        Files.writeString(file, "LoggingService Journal builtin * data/all.journal\nMessageFilter CHAT builtin * AuditLog\n"
                + "MessageFilter * builtin * AuditLog\nLocalService Clock builtin time Echo\nRegistrationFilter Gate builtin CHAT PasswordFilter\n");
        editor.open(file, home);

        @SuppressWarnings("unchecked")
        ComboBox<String> kinds = robot.lookup("#kind-filter").queryAs(ComboBox.class);
        robot.interact(() -> kinds.setValue("Message Filter"));
        assertThat(editor.rows()).containsExactly("2 MessageFilter CHAT builtin * AuditLog", "3 MessageFilter * builtin * AuditLog");

        robot.interact(() -> kinds.setValue("All kinds"));
        editor.fill("service-filter", "chat");
        assertThat(editor.rows()).containsExactly("2 MessageFilter CHAT builtin * AuditLog",
                "5 RegistrationFilter Gate builtin CHAT PasswordFilter");

        editor.clickCell("Gate");
        assertThat(editor.model().selectedProperty().get()).isEqualTo(4);
    }
}
