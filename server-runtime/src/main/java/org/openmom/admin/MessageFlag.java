package org.openmom.admin;

import java.util.EnumSet;
import java.util.Set;
import org.openmom.model.Message;

/** The flags of a message, as a person reads them. */
public enum MessageFlag {
    /** Survives the absence of its recipient and a server crash (journaled). */
    PERSISTENT(Message.PERSISTENT),
    /** Goes to one recipient only, the least loaded. */
    ANYCAST(Message.ANYCAST),
    /** Posted on every server reachable through server routers. */
    GLOBAL(Message.GLOBAL),
    /** A synchronous request awaiting a reply. */
    CALL(Message.CALL);

    private final int bit;

    MessageFlag(int bit) {
        this.bit = bit;
    }

    /** The bit of {@link Message#flags()}. */
    public int bit() {
        return bit;
    }

    public static Set<MessageFlag> of(int bits) {
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        for (MessageFlag flag : values()) {
            if ((bits & flag.bit) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }

    public static int bitsOf(Set<MessageFlag> flags) {
        int bits = 0;
        for (MessageFlag flag : flags) {
            bits |= flag.bit;
        }
        return bits;
    }
}
