package org.openmom.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmom.journal.JournalPayload;
import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;
import org.openmom.model.ServiceUser;

class MessageRecordsTest {
    private final Message message = new Message(7, ServiceUser.of("CHAT", "al\u0000ice"), ServiceUser.of("CHAT", "bøb"),
            "évent €", Message.PERSISTENT, new byte[] {1, 2, 3}, 1_700_000_000_123L,
            List.of(new RouteHop("A/1", 40, 1_700_000_000_001L), new RouteHop("Bé/2", 41, 1_700_000_000_002L)));
    private final List<ServiceUser> targets = List.of(ServiceUser.of("CHAT", "bøb"), ServiceUser.of("LOG", "*"));

    @Test
    void recordsAreTheDocumentedFormatByteForByte() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeByte(2);
            out.writeInt(message.flags());
            out.writeLong(1_700_000_000_123L);
            out.writeByte(2);
            out.writeUTF("A/1");
            out.writeLong(40);
            out.writeLong(1_700_000_000_001L);
            out.writeUTF("Bé/2");
            out.writeLong(41);
            out.writeLong(1_700_000_000_002L);
            utf(out, "CHAT", "al\u0000ice", "CHAT", "bøb", "évent €");
            targetsAndBody(out);
        }
        assertThat(encode(message, targets)).isEqualTo(expected.toByteArray());
    }

    @Test
    void aPayloadWritesItsDeclaredLengthAtTheBuffersPositionInADirectBuffer() {
        JournalPayload payload = MessageRecords.payload(message, targets);
        ByteBuffer journalBuffer = ByteBuffer.allocateDirect(100 + payload.length());
        journalBuffer.position(37);
        payload.writeTo(journalBuffer);
        assertThat(journalBuffer.position()).isEqualTo(37 + payload.length());
        byte[] written = new byte[payload.length()];
        journalBuffer.get(37, written);
        assertThat(written).isEqualTo(encode(message, targets));
    }

    @Test
    void aNameTooLongForTheFormatIsRefusedWhenThePayloadIsMadeNotWhenTheJournalWritesIt() {
        Message tooLong = message.withTo(ServiceUser.of("CHAT", "x".repeat(0x10000)));
        assertThatThrownBy(() -> MessageRecords.payload(tooLong, targets)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("too long");
    }

    private static void utf(DataOutputStream out, String... texts) throws IOException {
        for (String text : texts) {
            out.writeUTF(text);
        }
    }

    /** The end of the test message's record: its two targets and its body. */
    private static void targetsAndBody(DataOutputStream out) throws IOException {
        out.writeShort(2);
        utf(out, "CHAT", "bøb", "LOG", "*");
        out.writeInt(3);
        out.write(new byte[] {1, 2, 3});
    }

    /** The record as the journal stores it. */
    private static byte[] encode(Message message, List<ServiceUser> targets) {
        JournalPayload payload = MessageRecords.payload(message, targets);
        ByteBuffer out = ByteBuffer.allocate(payload.length());
        payload.writeTo(out);
        assertThat(out.hasRemaining()).as("payload fills its declared length").isFalse();
        return out.array();
    }

    @Test
    void recordsDecodeToTheMessageAndItsTargets() throws IOException {
        List<Message> messages = new ArrayList<>();
        List<List<ServiceUser>> targetLists = new ArrayList<>();
        MessageRecords.decode(7, encode(message, targets), new ReplayedNames(), (m, t) -> {
            messages.add(m);
            targetLists.add(t);
        });
        assertThat(messages.get(0).to()).isEqualTo(message.to());
        assertThat(messages.get(0).event()).isEqualTo("évent €");
        assertThat(messages.get(0).body()).containsExactly(1, 2, 3);
        assertThat(messages.get(0).postedAt()).isEqualTo(1_700_000_000_123L);
        assertThat(messages.get(0).route()).isEqualTo(message.route());
        assertThat(targetLists.get(0)).isEqualTo(targets);
    }

    @Test
    void recordsOfTheFirstVersionAreStillRead() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(first)) {
            out.writeByte(1);
            out.writeInt(Message.PERSISTENT);
            utf(out, "CHAT", "alice", "CHAT", "bob", "say");
            out.writeShort(1);
            out.writeUTF("CHAT");
            out.writeUTF("bob");
            out.writeInt(2);
            out.write(new byte[] {4, 5});
        }
        List<Message> messages = new ArrayList<>();
        MessageRecords.decode(3, first.toByteArray(), new ReplayedNames(), (m, t) -> messages.add(m));
        assertThat(messages.get(0).to()).isEqualTo(ServiceUser.of("CHAT", "bob"));
        assertThat(messages.get(0).body()).containsExactly(4, 5);
        assertThat(messages.get(0).route()).isEmpty();
    }

    @Test
    void recordsOfOneReplayShareTheirNamesAndTargets() throws IOException {
        ReplayedNames names = new ReplayedNames();
        List<Message> messages = new ArrayList<>();
        List<List<ServiceUser>> targetLists = new ArrayList<>();
        for (long id = 1; id <= 2; id++) {
            // a fresh copy of the same record each time, as the journal reads them
            MessageRecords.decode(id, encode(message, targets), names, (m, t) -> {
                messages.add(m);
                targetLists.add(t);
            });
        }
        assertThat(messages.get(1).from()).isSameAs(messages.get(0).from());
        assertThat(messages.get(1).to()).isSameAs(messages.get(0).to());
        assertThat(messages.get(1).event()).isSameAs(messages.get(0).event());
        assertThat(targetLists.get(1)).isSameAs(targetLists.get(0)).isEqualTo(targets);
    }

    @Test
    void recordsNamingManyDifferentServicesKeepEachRecordsOwnNames() throws IOException {
        ReplayedNames names = new ReplayedNames();
        List<Message> messages = new ArrayList<>();
        List<List<ServiceUser>> targetLists = new ArrayList<>();
        for (long id = 1; id <= 100; id++) { // more distinct names than the replay remembers as bytes
            ServiceUser to = ServiceUser.of("S" + id % 13, "u" + id % 7);
            Message each = new Message(id, ServiceUser.of("FROM", "f" + id % 11), to, "e" + id % 5, Message.PERSISTENT,
                    new byte[] {(byte) id});
            MessageRecords.decode(id, encode(each, List.of(to)), names, (m, t) -> {
                messages.add(m);
                targetLists.add(t);
            });
        }
        for (int i = 0; i < 100; i++) {
            long id = i + 1;
            assertThat(messages.get(i).from()).isEqualTo(ServiceUser.of("FROM", "f" + id % 11));
            assertThat(messages.get(i).to()).isEqualTo(ServiceUser.of("S" + id % 13, "u" + id % 7));
            assertThat(messages.get(i).event()).isEqualTo("e" + id % 5);
            assertThat(messages.get(i).body()).containsExactly((byte) id);
            assertThat(targetLists.get(i)).containsExactly(messages.get(i).to());
        }
        assertThat(messages.get(13 * 7).to()).isSameAs(messages.get(0).to()); // the same pair, shared
    }

    @Test
    void aRecordCutShortOrWithABodyLongerThanItselfIsNotOneOfOurs() throws IOException {
        byte[] whole = encode(message, targets);
        for (int cut : new int[] {0, 1, 5, 20, whole.length - 4}) {
            byte[] shortened = java.util.Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> MessageRecords.decode(7, shortened, new ReplayedNames(), (m, t) -> {}))
                    .isInstanceOf(IOException.class);
        }
        ByteBuffer lying = ByteBuffer.wrap(whole.clone());
        lying.putInt(whole.length - 3 - 4, 1 << 20); // the body length field says 1 MiB
        assertThatThrownBy(() -> MessageRecords.decode(7, lying.array(), new ReplayedNames(), (m, t) -> {}))
                .isInstanceOf(IOException.class).hasMessageContaining("does not fit");
    }

    @Test
    void aMessageWithPropertiesIsVersionThreeWithThemAfterTheEventAndDecodesInTheirOrder() throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("zeta", "1");
        properties.put("é", "vålue\u0000");
        Message withProperties = new Message(7, message.from(), message.to(), message.event(), message.flags(), message.body(),
                message.postedAt(), List.of(), properties);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeByte(3);
            out.writeInt(message.flags());
            out.writeLong(1_700_000_000_123L);
            out.writeByte(0);
            utf(out, "CHAT", "al\u0000ice", "CHAT", "bøb", "évent €");
            out.writeShort(2);
            utf(out, "zeta", "1", "é", "vålue\u0000");
            targetsAndBody(out);
        }
        assertThat(encode(withProperties, targets)).isEqualTo(expected.toByteArray());

        List<Message> messages = new ArrayList<>();
        MessageRecords.decode(7, expected.toByteArray(), new ReplayedNames(), (m, t) -> messages.add(m));
        assertThat(messages.get(0).properties()).containsExactlyEntriesOf(properties);
        assertThat(messages.get(0).body()).containsExactly(1, 2, 3);
        List<Message> plain = new ArrayList<>();
        MessageRecords.decode(7, encode(message, targets), new ReplayedNames(), (m, t) -> plain.add(m));
        assertThat(plain.get(0).properties()).as("a record without: the shared empty map").isSameAs(Map.of());
    }

    @Test
    void aDeadLetterKeptInAnEnvelopeBeforePropertiesIsReadIntoTodaysFormAtReplay() throws IOException {
        byte[] envelope = "OpenMOM-Dead-Letter NO+BODY x hello CHAT alice 41\n{\"lost\": 1}".getBytes(StandardCharsets.UTF_8);
        Message old = new Message(9, ServiceUser.of("Keeper", "S"), ServiceUser.of(DeadLetter.MAILBOX, "*"), "hello",
                Message.PERSISTENT, envelope, 1_700_000_000_000L, List.of());

        List<Message> messages = new ArrayList<>();
        MessageRecords.decode(9, encode(old, List.of(ServiceUser.of(DeadLetter.MAILBOX, "*"))), new ReplayedNames(),
                (m, t) -> messages.add(m));

        Message replayed = messages.get(0);
        assertThat(new String(replayed.body(), StandardCharsets.UTF_8)).isEqualTo("{\"lost\": 1}");
        assertThat(replayed.properties()).containsExactly(Map.entry(DeadLetter.TO, "NO BODY/x"), Map.entry(DeadLetter.EVENT, "hello"),
                Map.entry(DeadLetter.FROM, "CHAT/alice"), Map.entry(DeadLetter.ID, "41"));
        assertThat(DeadLetter.isKept(replayed)).isTrue();

        Message lookalike = old.withTo(ServiceUser.of("CHAT", "bob")); // the same body for another service: its own business
        List<Message> other = new ArrayList<>();
        MessageRecords.decode(9, encode(lookalike, targets), new ReplayedNames(), (m, t) -> other.add(m));
        assertThat(other.get(0).body()).isEqualTo(envelope);
        assertThat(other.get(0).properties()).isEmpty();
    }
}
