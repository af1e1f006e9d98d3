package org.openmom.app.explorer.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmom.model.MessagePropertyLimits;

/** The "Send test message…" dialog without a window. */
class TestMessageModelTest {
    @Test
    void theLastMessageFillsTheDialogAndComesBackAsTyped() {
        TestMessage last = new TestMessage("Billing", "bob", "Ping", "{}", true, Map.of("content-type", "application/json"));

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

    @Test
    void propertiesAreOneNameEqualsValueALineKeptInOrderAsTheCommandLineTakesThem() {
        TestMessageModel dialog = new TestMessageModel("Demo/1", TestMessage.defaults());

        dialog.properties().set("order=42\n\ncontent-type=application/json\nnote= two words ");

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.value().properties()).containsExactly(Map.entry("order", "42"),
                Map.entry("content-type", "application/json"), Map.entry("note", " two words "));
        assertThat(dialog.value().toPost().properties()).isEqualTo(dialog.value().properties());
    }

    @Test
    void aLineThatIsNotAPropertyARepeatedNameOrTooMuchKeepsSendDisabledAndSaysWhere() {
        TestMessageModel dialog = new TestMessageModel("Demo/1", TestMessage.defaults());

        dialog.properties().set("order=42\njust text");
        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.properties().noteProperty().get()).isEqualTo("line 2: 'just text' is not NAME=VALUE — one property a line");

        dialog.properties().set("order=42\norder=43");
        assertThat(dialog.properties().noteProperty().get()).isEqualTo("line 2: order is given twice — keep one");

        dialog.properties().set("big=" + "x".repeat(MessagePropertyLimits.MAX_VALUE_BYTES + 1));
        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.properties().noteProperty().get()).contains(Integer.toString(MessagePropertyLimits.MAX_VALUE_BYTES));

        dialog.properties().set("");
        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.value().properties()).isEmpty();
    }
}
