package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openmom.model.Message;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;

/** Valid frames of every type, encoded as a peer sends them: the seeds the fuzzer mutates. */
final class FrameCorpus {
    private FrameCorpus() {
    }

    static List<byte[]> frames() {
        List<byte[]> frames = new ArrayList<>();
        add(frames, Header.of(FrameType.HELLO).version(1).client("torture").server("T").role(1));
        add(frames, Header.of(FrameType.WELCOME).version(1).server("T").role(1).heartbeat(10_000));
        add(frames, Header.of(FrameType.REGISTER).req(1).service("FUZZ").user("u").mode("polling").window(5), "password");
        add(frames, Header.of(FrameType.REGISTERED).req(1));
        add(frames, Header.of(FrameType.REFUSED).req(1).reason("no"));
        add(frames, Header.of(FrameType.POST).req(2).toService("FUZZ").toUser("*").event("e").flags(Message.PERSISTENT), "payload");
        add(frames, Header.of(FrameType.POST).toService("NOBODY").toUser("x").event("e").flags(Message.ANYCAST | Message.GLOBAL), "");
        add(frames, Header.of(FrameType.POSTED).req(2).id(7).recipients(1).waiting(true));
        add(frames, Header.of(FrameType.DELIVER).id(7).fromService("A").fromUser("b").toService("C").toUser("d").event("e")
                .flags(Message.CALL), "body");
        add(frames, Header.of(FrameType.ACK).ids(new long[] {1, 2, 3, Long.MAX_VALUE}));
        add(frames, Header.of(FrameType.FETCH).max(3));
        add(frames, Header.of(FrameType.CALL).req(3).toService("NOBODY").toUser("*").event("ask"), "question");
        add(frames, Header.of(FrameType.REPLY).id(7), "answer");
        add(frames, Header.of(FrameType.USERS).req(4).service("*").user("*"));
        add(frames, Header.of(FrameType.USERS).req(4).users(List.of(new UserInfo("A", "b", 1, true, 0))));
        add(frames, Header.of(FrameType.PING));
        add(frames, Header.of(FrameType.PONG));
        add(frames, Header.of(FrameType.BYE).reason("done"));
        add(frames, Header.of(FrameType.ERROR).req(5).reason("bad"));
        add(frames, Header.of(FrameType.ADMIN_SNAPSHOT).req(6));
        add(frames, Header.of(FrameType.ADMIN_MAILBOX).req(7),
                "{\"mailbox\":{\"kind\":\"SERVICE\",\"instanceId\":1},\"offset\":0,\"limit\":10,\"order\":\"OLDEST_FIRST\",\"previewBytes\":64}");
        add(frames, Header.of(FrameType.ADMIN_MESSAGE).req(8), "{\"id\":1}");
        add(frames, Header.of(FrameType.ADMIN_LOG).req(9), "{\"maxLines\":5}");
        add(frames, Header.of(FrameType.ADMIN_WATCH).req(10), "{\"messages\":true,\"log\":true}");
        add(frames, Header.of(FrameType.ADMIN_UNWATCH).req(11), "{\"watchId\":1}");
        add(frames, Header.of(FrameType.ADMIN_REPLY).req(11).reason("r"), "{}");
        add(frames, Header.of(FrameType.ADMIN_EVENTS).id(1), "[]");
        return frames;
    }

    private static void add(List<byte[]> frames, Header header) {
        add(frames, header, "");
    }

    private static void add(List<byte[]> frames, Header header, String body) {
        frames.add(RawConnection.encode(header, body.getBytes(StandardCharsets.UTF_8)));
    }
}
