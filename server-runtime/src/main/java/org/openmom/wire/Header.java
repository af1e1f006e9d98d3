package org.openmom.wire;

/**
 * The header of a frame: one flat, typed record of every field any frame type uses (absent
 * fields are 0/null). Flat on purpose: the codec reads and writes it with the streaming
 * Jackson API, without building a JSON tree per message. Built with the fluent setters by
 * the sender, read-only after decoding.
 */
public final class Header {
    private FrameType type;
    private long req;
    private long id;
    private int version;
    private String client;
    private String server;
    private int role;
    private long heartbeat;
    private String service;
    private String user;
    private String mode;
    private int window;
    private String fromService;
    private String fromUser;
    private String toService;
    private String toUser;
    private String event;
    private int flags;
    private int max;
    private long[] ids;
    private int recipients;
    private boolean waiting;
    private String reason;
    private java.util.List<UserInfo> users;
    private boolean admin;
    private String secret;
    private int jsonLength;

    public Header(FrameType type) {
        this.type = type;
    }

    public static Header of(FrameType type) {
        return new Header(type);
    }

    /** The frame type. */
    public FrameType type() {
        return type;
    }

    /** Request id chosen by the sender of a request, echoed in its answer. */
    public long req() {
        return req;
    }

    public Header req(long value) {
        this.req = value;
        return this;
    }

    /** Server-assigned message id. */
    public long id() {
        return id;
    }

    public Header id(long value) {
        this.id = value;
        return this;
    }

    /** Protocol version. */
    public int version() {
        return version;
    }

    public Header version(int value) {
        this.version = value;
        return this;
    }

    /** The client program's name (HELLO). */
    public String client() {
        return client;
    }

    public Header client(String value) {
        this.client = value;
        return this;
    }

    /** Server name. */
    public String server() {
        return server;
    }

    public Header server(String value) {
        this.server = value;
        return this;
    }

    /** Server role. */
    public int role() {
        return role;
    }

    public Header role(int value) {
        this.role = value;
        return this;
    }

    /** Heartbeat interval in milliseconds. */
    public long heartbeat() {
        return heartbeat;
    }

    public Header heartbeat(long value) {
        this.heartbeat = value;
        return this;
    }

    /** Service name (REGISTER) or service pattern (USERS). */
    public String service() {
        return service;
    }

    public Header service(String value) {
        this.service = value;
        return this;
    }

    /** User name (REGISTER) or user pattern (USERS). */
    public String user() {
        return user;
    }

    public Header user(String value) {
        this.user = value;
        return this;
    }

    /** Delivery mode: callback or polling. */
    public String mode() {
        return mode;
    }

    public Header mode(String value) {
        this.mode = value;
        return this;
    }

    /** In-flight window: unacknowledged DELIVERs the server may have outstanding. */
    public int window() {
        return window;
    }

    public Header window(int value) {
        this.window = value;
        return this;
    }

    /** Sender's service. */
    public String fromService() {
        return fromService;
    }

    public Header fromService(String value) {
        this.fromService = value;
        return this;
    }

    /** Sender's user. */
    public String fromUser() {
        return fromUser;
    }

    public Header fromUser(String value) {
        this.fromUser = value;
        return this;
    }

    /** Addressed service (pattern). */
    public String toService() {
        return toService;
    }

    public Header toService(String value) {
        this.toService = value;
        return this;
    }

    /** Addressed user (pattern). */
    public String toUser() {
        return toUser;
    }

    public Header toUser(String value) {
        this.toUser = value;
        return this;
    }

    /** Event name. */
    public String event() {
        return event;
    }

    public Header event(String value) {
        this.event = value;
        return this;
    }

    /** Message flag bits; JSON booleans persistent, anycast, global, call. */
    public int flags() {
        return flags;
    }

    public Header flags(int value) {
        this.flags = value;
        return this;
    }

    /** FETCH: how many more messages the service wants. */
    public int max() {
        return max;
    }

    public Header max(int value) {
        this.max = value;
        return this;
    }

    /** ACK: acknowledged message ids. */
    public long[] ids() {
        return ids;
    }

    public Header ids(long[] value) {
        this.ids = value;
        return this;
    }

    /** POSTED: mailboxes reached. */
    public int recipients() {
        return recipients;
    }

    public Header recipients(int value) {
        this.recipients = value;
        return this;
    }

    /** POSTED: the persistent seed waits in the server mailbox. */
    public boolean waiting() {
        return waiting;
    }

    public Header waiting(boolean value) {
        this.waiting = value;
        return this;
    }

    /** Why (REFUSED, ERROR, POSTED refused, REPLY failed). */
    public String reason() {
        return reason;
    }

    public Header reason(String value) {
        this.reason = value;
        return this;
    }

    /** USERS answer. */
    /** REGISTER as an administration service. */
    public boolean admin() {
        return admin;
    }

    public Header admin(boolean value) {
        this.admin = value;
        return this;
    }

    /** REGISTER with {@code admin}: the server's admin secret (required over TCP). */
    public String secret() {
        return secret;
    }

    public Header secret(String value) {
        this.secret = value;
        return this;
    }

    /** ADMIN_REPLY carrying a payload: the body is this many bytes of JSON, then the raw payload. */
    public int jsonLength() {
        return jsonLength;
    }

    public Header jsonLength(int value) {
        this.jsonLength = value;
        return this;
    }

    public java.util.List<UserInfo> users() {
        return users;
    }

    public Header users(java.util.List<UserInfo> value) {
        this.users = value;
        return this;
    }

    /** Set once by the decoder, which learns the type while reading. */
    Header type(FrameType value) {
        this.type = value;
        return this;
    }

    public boolean isFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        return HeaderJson.toJson(this);
    }
}
