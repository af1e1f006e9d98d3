package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;

/** "Who runs what" without a window: the reflexes a service meets, in the server's order. */
class WhoRunsModelTest {
    private static final String CONFIG = """
            LoggingService Journal builtin * data/all.journal
            LoggingService Journal builtin CHAT chat.journal
            MessageFilter CHAT builtin say AuditLog
            MessageFilter * builtin * AuditLog
            RegistrationFilter Gate builtin CHAT PasswordFilter
            RegistrationFilter Other builtin PAYROLL PasswordFilter
            DeliveryFilter * lib/acme.jar * com.acme.Quiet
            DeregistrationFilter Bye lib/acme.jar * com.acme.Bye
            DeadLetters * builtin * DeadLetterMailbox
            LocalService CHAT builtin help Echo
            """;

    @Test
    void eachSituationListsItsReflexesInTheOrderTheServerRunsThem() {
        ServerConfiguration configuration = ServerConfigurationParser.parse("server.conf", CONFIG).model();
        WhoRunsModel model = new WhoRunsModel(new SimpleObjectProperty<>(configuration));

        model.eventProperty().set("say");
        model.userProperty().set("bob");
        model.serviceProperty().set("CHAT");

        assertThat(model.lines()).containsExactly(
                "Registration of CHAT/bob:", "  #5 RegistrationFilter Gate builtin CHAT PasswordFilter",
                "Message say posted to CHAT/bob:", "  #4 MessageFilter * builtin * AuditLog", "  #3 MessageFilter CHAT builtin say AuditLog",
                "Delivery of say to CHAT/bob:", "  #7 DeliveryFilter * lib/acme.jar * com.acme.Quiet",
                "De-registration of CHAT/bob:", "  #8 DeregistrationFilter Bye lib/acme.jar * com.acme.Bye",
                "Dead letter say for CHAT/bob:", "  #9 DeadLetters * builtin * DeadLetterMailbox",
                "Persistent messages for CHAT logged by:", "  #2 LoggingService Journal builtin CHAT chat.journal");

        model.eventProperty().set("help");
        assertThat(model.lines()).containsSubsequence("Message help posted to CHAT/bob:", "  #4 MessageFilter * builtin * AuditLog",
                "  #10 LocalService CHAT builtin help Echo  (answers: no registered service receives it)", "Delivery of help to CHAT/bob:");
    }
}
