package org.openmom.wire;

import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The header's field names, the same in both encodings (JSON and CBOR), matched on their UTF-8
 * bytes without making a String.
 */
enum HeaderField {
    TYPE("type"), REQ("req"), ID("id"), VERSION("version"), CLIENT("client"), SERVER("server"), ROLE("role"),
    HEARTBEAT("heartbeat"), SERVICE("service"), USER("user"), MODE("mode"), WINDOW("window"),
    FROM_SERVICE("fromService"), FROM_USER("fromUser"), TO_SERVICE("toService"), TO_USER("toUser"),
    EVENT("event"), PERSISTENT("persistent"), ANYCAST("anycast"), GLOBAL("global"), CALL("call"), MAX("max"), LOCK("lock"),
    IDS("ids"), RECIPIENTS("recipients"), WAITING("waiting"), REASON("reason"), USERS("users"), ADMIN("admin"),
    SECRET("secret"), JSON_LENGTH("jsonLength"), ROUTER("router"), ATS("ats"), ROUTE("route"), ENCODING("encoding"), PROPS("props"),
    // fields of the objects in "users"
    INSTANCES("instances"), ENABLED("enabled"), UNDELIVERED("undelivered"), OUT_OF_ROTATION("outOfRotation"), LOCKED("locked"),
    // fields of the objects in "route"
    AT("at");

    private static final HeaderField[] ALL = values();
    final String wireName;
    /** The name pre-encoded for Jackson's generators (JSON and CBOR), so that writing it encodes nothing. */
    final SerializedString serialized;
    private final byte[] bytes;

    HeaderField(String wireName) {
        this.wireName = wireName;
        this.serialized = new SerializedString(wireName);
        this.bytes = wireName.getBytes(StandardCharsets.US_ASCII);
    }

    static HeaderField named(byte[] in, int start, int length) {
        for (HeaderField field : ALL) {
            if (field.bytes.length == length && Arrays.equals(field.bytes, 0, length, in, start, start + length)) {
                return field;
            }
        }
        return null;
    }

    static HeaderField named(String name) {
        for (HeaderField field : ALL) {
            if (field.wireName.equals(name)) {
                return field;
            }
        }
        return null;
    }
}
