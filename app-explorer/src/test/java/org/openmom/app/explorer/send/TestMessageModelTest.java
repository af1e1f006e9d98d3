package org.openmom.app.explorer.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "Send test message…" dialog without a window. */
class TestMessageModelTest {
    @Test
    void theLastMessageFillsTheDialogAndComesBackAsTyped() {
        TestMessage last = new TestMessage("Billing", "bob", "Ping", "{}", true);

        TestMessageModel dialog = new TestMessageModel("Demo/1 at local:Demo.1", last);

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.value()).isEqualTo(last);
    }

    @Test
    void everyNameIsRequiredAndSendStaysDisabledUntilThen() {
        TestMessageModel dialog = new TestMessageModel("Demo/1", TestMessage.defaults());

        dialog.event().set(" ");

        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.event().noteProperty().get()).isEqualTo("required — write a name");
        dialog.event().set("Ping");
        assertThat(dialog.validProperty().get()).isTrue();
    }
}
