package org.openmom.transport;

/**
 * The TCP ports a server takes when its endpoint is automatic, and that clients probe when
 * theirs is: both sides must agree on the range, so it lives here, where both may look.
 */
public final class AutomaticPorts {
    public static final int FIRST = 7410;
    public static final int LAST = 7429;
    /** The range as users read it in messages, e.g. "7410–7429". */
    public static final String RANGE = FIRST + "–" + LAST;

    private AutomaticPorts() {}
}
