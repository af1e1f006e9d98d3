package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

class MessageRecordsTest {
    private final Message message = new Message(7, ServiceUser.of("CHAT", "al\u0000ice"), ServiceUser.of("CHAT", "bøb"),
            "évent €", Message.PERSISTENT, new byte[] {1, 2, 3});
    private final List<ServiceUser> targets = List.of(ServiceUser.of("CHAT", "bøb"), ServiceUser.of("LOG", "*"));

    @Test
    void recordsAreTheDocumentedFormatByteForByte() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeByte(1);
            out.writeInt(message.flags());
            for (String text : List.of("CHAT", "al\u0000ice", "CHAT", "bøb", "évent €")) {
                out.writeUTF(text);
            }
            out.writeShort(2);
            for (String text : List.of("CHAT", "bøb", "LOG", "*")) {
                out.writeUTF(text);
            }
            out.writeInt(3);
            out.write(new byte[] {1, 2, 3});
        }
        assertThat(MessageRecords.encode(message, targets)).isEqualTo(expected.toByteArray());
    }

    @Test
    void recordsDecodeToTheMessageAndItsTargets() throws IOException {
        List<Message> messages = new ArrayList<>();
        List<List<ServiceUser>> targetLists = new ArrayList<>();
        MessageRecords.decode(7, MessageRecords.encode(message, targets), (m, t) -> {
            messages.add(m);
            targetLists.add(t);
        });
        assertThat(messages.get(0).to()).isEqualTo(message.to());
        assertThat(messages.get(0).event()).isEqualTo("évent €");
        assertThat(messages.get(0).body()).containsExactly(1, 2, 3);
        assertThat(targetLists.get(0)).isEqualTo(targets);
    }
}
