package org.openmom.wire;

import java.util.Objects;

/** One frame: a typed header and the raw body (the message payload; empty for most types). */
public record Frame(Header header, byte[] body) {
    private static final byte[] NO_BODY = new byte[0];

    public Frame {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
    }

    public static Frame of(Header header) {
        return new Frame(header, NO_BODY);
    }

    public static Frame of(Header header, byte[] body) {
        return new Frame(header, body == null ? NO_BODY : body);
    }

    public FrameType type() {
        return header.type();
    }
}
