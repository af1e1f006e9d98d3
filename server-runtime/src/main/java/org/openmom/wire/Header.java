package org.openmom.wire;

/**
 * The header of a frame: one typed record of every field any frame type uses (absent fields
 * are 0/null); those no message frame uses live in a part created only when one is set. Flat
 * for its users: the codec reads and writes it in one pass, without building a JSON tree per
 * message. Built with the fluent setters by the sender, read-only after decoding.
 */
public final class Header {
    private FrameType type;
    private long req;
    private long id;
    private String fromService;
    private String fromUser;
    private String toService;
    private String toUser;
    private String event;
    private int flags;
    private long[] ids;
    private int recipients;
    /** The fields of handshakes, administration and answers, absent from the frames of every message. */
    private Rare rare;

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
        return rare == null ? 0 : rare.version;
    }

    public Header version(int value) {
        if (rare != null || value != 0) {
            rare().version = value;
        }
        return this;
    }

    /** The client program's name (HELLO). */
    public String client() {
        return rare == null ? null : rare.client;
    }

    public Header client(String value) {
        if (rare != null || value != null) {
            rare().client = value;
        }
        return this;
    }

    /** Server name. */
    public String server() {
        return rare == null ? null : rare.server;
    }

    public Header server(String value) {
        if (rare != null || value != null) {
            rare().server = value;
        }
        return this;
    }

    /** Server role. */
    public int role() {
        return rare == null ? 0 : rare.role;
    }

    public Header role(int value) {
        if (rare != null || value != 0) {
            rare().role = value;
        }
        return this;
    }

    /** Heartbeat interval in milliseconds. */
    public long heartbeat() {
        return rare == null ? 0 : rare.heartbeat;
    }

    public Header heartbeat(long value) {
        if (rare != null || value != 0) {
            rare().heartbeat = value;
        }
        return this;
    }

    /** Service name (REGISTER) or service pattern (USERS). */
    public String service() {
        return rare == null ? null : rare.service;
    }

    public Header service(String value) {
        if (rare != null || value != null) {
            rare().service = value;
        }
        return this;
    }

    /** User name (REGISTER) or user pattern (USERS). */
    public String user() {
        return rare == null ? null : rare.user;
    }

    public Header user(String value) {
        if (rare != null || value != null) {
            rare().user = value;
        }
        return this;
    }

    /** Delivery mode: callback or polling. */
    public String mode() {
        return rare == null ? null : rare.mode;
    }

    public Header mode(String value) {
        if (rare != null || value != null) {
            rare().mode = value;
        }
        return this;
    }

    /** In-flight window: unacknowledged DELIVERs the server may have outstanding. */
    public int window() {
        return rare == null ? 0 : rare.window;
    }

    public Header window(int value) {
        if (rare != null || value != 0) {
            rare().window = value;
        }
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

    /** POST, CALL, LOCKED, UNLOCK: the instance lock the frame goes through (0: none). */
    public long lock() {
        return rare == null ? 0 : rare.lock;
    }

    public Header lock(long value) {
        if (rare != null || value != 0) {
            rare().lock = value;
        }
        return this;
    }

    /** FETCH: how many more messages the service wants. */
    public int max() {
        return rare == null ? 0 : rare.max;
    }

    public Header max(int value) {
        if (rare != null || value != 0) {
            rare().max = value;
        }
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
        return rare == null ? false : rare.waiting;
    }

    public Header waiting(boolean value) {
        if (rare != null || value) {
            rare().waiting = value;
        }
        return this;
    }

    /** Why (REFUSED, ERROR, POSTED refused, REPLY failed). */
    public String reason() {
        return rare == null ? null : rare.reason;
    }

    public Header reason(String value) {
        if (rare != null || value != null) {
            rare().reason = value;
        }
        return this;
    }

    /** USERS answer. */
    /** REGISTER as an administration service. */
    public boolean admin() {
        return rare == null ? false : rare.admin;
    }

    public Header admin(boolean value) {
        if (rare != null || value) {
            rare().admin = value;
        }
        return this;
    }

    /**
     * HELLO: the header encoding the client asks for ({@code "cbor"}); WELCOME: the one the
     * server chose for the frames after it, absent for JSON (see {@link HeaderEncoding}).
     */
    public String encoding() {
        return rare == null ? null : rare.encoding;
    }

    public Header encoding(String value) {
        if (rare != null || value != null) {
            rare().encoding = value;
        }
        return this;
    }

    /** REGISTER with {@code admin}: the server's admin secret (required over TCP). */
    public String secret() {
        return rare == null ? null : rare.secret;
    }

    public Header secret(String value) {
        if (rare != null || value != null) {
            rare().secret = value;
        }
        return this;
    }

    /** ADMIN_REPLY carrying a payload: the body is this many bytes of JSON, then the raw payload. */
    public int jsonLength() {
        return rare == null ? 0 : rare.jsonLength;
    }

    public Header jsonLength(int value) {
        if (rare != null || value != 0) {
            rare().jsonLength = value;
        }
        return this;
    }

    public java.util.List<UserInfo> users() {
        return rare == null ? null : rare.users;
    }

    public Header users(java.util.List<UserInfo> value) {
        if (rare != null || value != null) {
            rare().users = value;
        }
        return this;
    }

    /** REGISTER of a router's link: the connection forwards messages from the server it comes from. */
    public boolean router() {
        return rare == null ? false : rare.router;
    }

    public Header router(boolean value) {
        if (rare != null || value) {
            rare().router = value;
        }
        return this;
    }

    /**
     * POST or CALL from a router's link: the servers the message passed, the posting one first and
     * the forwarding one last (docs/routers.md).
     */
    public java.util.List<org.openmom.model.RouteHop> route() {
        return rare == null ? null : rare.route;
    }

    public Header route(java.util.List<org.openmom.model.RouteHop> value) {
        if (rare != null || value != null) {
            rare().route = value;
        }
        return this;
    }

    /**
     * POST, CALL and DELIVER: the message's properties in their order; empty (the shared {@code Map.of()})
     * when the frame has none — most frames, which then hold no map.
     */
    public java.util.Map<String, String> properties() {
        return rare == null || rare.properties == null ? java.util.Map.of() : rare.properties;
    }

    public Header properties(java.util.Map<String, String> value) {
        if (rare != null || !value.isEmpty()) {
            rare().properties = value;
        }
        return this;
    }

    /** REMEMBERED and FORGET: the times paired with {@code ids} (each message's id and time on the forwarding server). */
    public long[] ats() {
        return rare == null ? null : rare.ats;
    }

    public Header ats(long[] value) {
        if (rare != null || value != null) {
            rare().ats = value;
        }
        return this;
    }

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    /**
     * Kept apart so that the header of a POST, DELIVER or ACK, two per message through the
     * broker, is half the size: fields left at their default value create no Rare.
     */
    private static final class Rare {
        int version;
        String client;
        String server;
        int role;
        long heartbeat;
        String service;
        String user;
        String mode;
        int window;
        int max;
        long lock;
        boolean waiting;
        String reason;
        java.util.List<UserInfo> users;
        boolean admin;
        String secret;
        int jsonLength;
        boolean router;
        java.util.List<org.openmom.model.RouteHop> route;
        long[] ats;
        String encoding;
        java.util.Map<String, String> properties;
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
