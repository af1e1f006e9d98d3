package org.openmom.app.explorer.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.model.ProtocolSequence;

/** The connect dialog without a window: the guide's defaults, wildcards and the secret. */
class ConnectDialogModelTest {
    @Test
    void theGuidesDefaultsAreEveryServerOfTheServersList() {
        ConnectDialogModel dialog = new ConnectDialogModel(ConnectRequest.defaults());

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.request().criteria()).isEqualTo(DiscoveryCriteria.defaults());
        assertThat(dialog.request().criteria().usesServersList()).isTrue();
        assertThat(dialog.request().secret()).isNull();
    }

    @Test
    void blankRoleAndEndPointAreWildcardsAndTheSecretIsKept() {
        ConnectDialogModel dialog = new ConnectDialogModel(ConnectRequest.defaults());

        dialog.address().server().set("Demo");
        dialog.address().role().set("");
        dialog.address().host().set("localhost");
        dialog.address().protocol().set(ProtocolSequence.TCP);
        dialog.address().endpoint().set(" ");
        dialog.secret().set(" s3cret ");

        assertThat(dialog.request()).isEqualTo(new ConnectRequest(
                new DiscoveryCriteria("Demo", 0, "localhost", ProtocolSequence.TCP, "*"), "s3cret"));
    }

    @Test
    void theLastRequestFillsTheDialogAgain() {
        ConnectRequest last = new ConnectRequest(new DiscoveryCriteria("Paris", 2, "10.0.0.7", ProtocolSequence.TCP, "7411"), "x");

        ConnectDialogModel dialog = new ConnectDialogModel(last);

        assertThat(dialog.address().role().value()).isEqualTo("2");
        assertThat(dialog.address().endpoint().value()).isEqualTo("7411");
        assertThat(dialog.secret().value()).isEqualTo("x");
        assertThat(dialog.request()).isEqualTo(last);
    }

    @Test
    void wrongFieldsKeepConnectDisabled() {
        ConnectDialogModel dialog = new ConnectDialogModel(ConnectRequest.defaults());

        dialog.address().protocol().set(ProtocolSequence.TCP);
        dialog.address().endpoint().set("70000");

        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.address().endpoint().problemProperty().get()).startsWith("the TCP endpoint '70000' is not a port number");
    }
}
