package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.home.OpenMomHome;

/** The reflex dialog's view model without a window: the guide's rules as the person types. */
class ReflexDialogModelTest {
    @TempDir
    Path folder;

    private ReflexDialogModel dialog(ReflexKind kind) {
        ReflexDeclaration proposal = new ReflexDeclaration(kind, "", ReflexDeclaration.BUILTIN, "", "");
        return new ReflexDialogModel("New", proposal, new ServerConfiguration(List.of(proposal)), 0,
                folder.resolve("server.conf"), new EditorServices(BackgroundWork.inCallingThread(), f -> Optional.empty(), new OpenMomHome(folder)));
    }

    @Test
    void aBuiltinOfAnotherKindIsAnErrorAtValueAndASpaceInANameIsWrittenAsPlus() {
        ReflexDialogModel dialog = dialog(ReflexKind.DELIVERY_FILTER);
        dialog.serviceName().set("Chat Room");
        dialog.key().set("say");
        dialog.value().set("AuditLog");

        assertThat(dialog.value().problemProperty().get()).startsWith("no built-in Message Delivery Filter is named 'AuditLog'");
        assertThat(dialog.serviceName().isValid()).isTrue();
        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.reflex().toLine()).isEqualTo("DeliveryFilter Chat+Room builtin say AuditLog");
    }

    @Test
    void aMasterDeclaredBeforeTheMasterOfItsKeyIsRefusedWithTheFix() {
        ReflexDeclaration master = new ReflexDeclaration(ReflexKind.LOGGING_SERVICE, "Journal", "builtin", "*", "all.journal");
        ReflexDeclaration proposal = new ReflexDeclaration(ReflexKind.LOGGING_SERVICE, "", ReflexDeclaration.BUILTIN, "", "");
        ReflexDialogModel dialog = new ReflexDialogModel("New", proposal, new ServerConfiguration(List.of(proposal, master)), 0,
                folder.resolve("server.conf"), new EditorServices(BackgroundWork.inCallingThread(), f -> Optional.empty(), new OpenMomHome(folder)));
        dialog.serviceName().set("Journal");
        dialog.key().set("*");
        dialog.value().set("copy.journal");
        assertThat(dialog.value().problemProperty().get()).contains("the master must be declared last").contains("~copy.journal");

        dialog.value().set("~copy.journal");
        assertThat(dialog.validProperty().get()).isTrue();
    }

    @Test
    void builtinOffersTheBuiltInsOfTheKind() {
        assertThat(dialog(ReflexKind.MESSAGE_FILTER).valueChoices()).containsExactly("AuditLog", "Redirect");
        assertThat(dialog(ReflexKind.LOGGING_SERVICE).valueChoices()).isEmpty();
    }
}
