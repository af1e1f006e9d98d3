package org.openmom.wire;

/** Every frame of the wire protocol (docs/wire-protocol.md). */
public enum FrameType {
    HELLO, WELCOME,
    REGISTER, REGISTERED, REFUSED,
    POST, POSTED,
    DELIVER, ACK, FETCH,
    CALL, REPLY,
    USERS,
    PING, PONG,
    BYE, ERROR;

    /** The type named in a header, or null when this version does not know it. */
    static FrameType named(String name) {
        switch (name) {
            case "HELLO": return HELLO;
            case "WELCOME": return WELCOME;
            case "REGISTER": return REGISTER;
            case "REGISTERED": return REGISTERED;
            case "REFUSED": return REFUSED;
            case "POST": return POST;
            case "POSTED": return POSTED;
            case "DELIVER": return DELIVER;
            case "ACK": return ACK;
            case "FETCH": return FETCH;
            case "CALL": return CALL;
            case "REPLY": return REPLY;
            case "USERS": return USERS;
            case "PING": return PING;
            case "PONG": return PONG;
            case "BYE": return BYE;
            case "ERROR": return ERROR;
            default: return null;
        }
    }
}
