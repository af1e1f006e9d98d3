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
    BYE, ERROR,
    /**
     * Between routers: the receiving server tells a router link which messages of it it still
     * remembers (to suppress duplicates), the link answers FORGET for those it will never send again.
     */
    REMEMBERED, FORGET,
    /** Administration requests (an administration service only); the body holds JSON arguments. */
    ADMIN_SNAPSHOT, ADMIN_MAILBOX, ADMIN_MESSAGE, ADMIN_DELETE, ADMIN_STATUS, ADMIN_LOG, ADMIN_LOG_LEVEL,
    ADMIN_WATCH, ADMIN_UNWATCH, ADMIN_ROUTERS, ADMIN_ROUTERS_ADD, ADMIN_ROUTER_REMOVE, ADMIN_RELOAD,
    ADMIN_SEARCH, ADMIN_CANCEL, ADMIN_PURGE, ADMIN_TRANSFER, ADMIN_EXPORT, ADMIN_IMPORT, ADMIN_TRASH, ADMIN_RESTORE,
    ADMIN_AUDIT, ADMIN_READ_ONLY,
    /** The answer to an ADMIN_* request: JSON result in the body, or {@code reason}. */
    ADMIN_REPLY,
    /** Change events of a watch, a JSON array in the body. */
    ADMIN_EVENTS,
    /** A part of what a streaming request (ADMIN_SEARCH, ADMIN_EXPORT) answers, JSON in the body; its id names the stream. */
    ADMIN_CHUNK;

    /** Whether only an administration service may send it. */
    public boolean isAdminRequest() {
        return this.ordinal() >= ADMIN_SNAPSHOT.ordinal() && this.ordinal() <= ADMIN_READ_ONLY.ordinal();
    }

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
            case "REMEMBERED": return REMEMBERED;
            case "FORGET": return FORGET;
            case "ADMIN_SNAPSHOT": return ADMIN_SNAPSHOT;
            case "ADMIN_MAILBOX": return ADMIN_MAILBOX;
            case "ADMIN_MESSAGE": return ADMIN_MESSAGE;
            case "ADMIN_DELETE": return ADMIN_DELETE;
            case "ADMIN_STATUS": return ADMIN_STATUS;
            case "ADMIN_LOG": return ADMIN_LOG;
            case "ADMIN_LOG_LEVEL": return ADMIN_LOG_LEVEL;
            case "ADMIN_WATCH": return ADMIN_WATCH;
            case "ADMIN_UNWATCH": return ADMIN_UNWATCH;
            case "ADMIN_ROUTERS": return ADMIN_ROUTERS;
            case "ADMIN_ROUTERS_ADD": return ADMIN_ROUTERS_ADD;
            case "ADMIN_ROUTER_REMOVE": return ADMIN_ROUTER_REMOVE;
            case "ADMIN_RELOAD": return ADMIN_RELOAD;
            case "ADMIN_SEARCH": return ADMIN_SEARCH;
            case "ADMIN_CANCEL": return ADMIN_CANCEL;
            case "ADMIN_PURGE": return ADMIN_PURGE;
            case "ADMIN_TRANSFER": return ADMIN_TRANSFER;
            case "ADMIN_EXPORT": return ADMIN_EXPORT;
            case "ADMIN_IMPORT": return ADMIN_IMPORT;
            case "ADMIN_TRASH": return ADMIN_TRASH;
            case "ADMIN_RESTORE": return ADMIN_RESTORE;
            case "ADMIN_AUDIT": return ADMIN_AUDIT;
            case "ADMIN_READ_ONLY": return ADMIN_READ_ONLY;
            case "ADMIN_REPLY": return ADMIN_REPLY;
            case "ADMIN_EVENTS": return ADMIN_EVENTS;
            case "ADMIN_CHUNK": return ADMIN_CHUNK;
            default: return null;
        }
    }
}
