package org.openmom.connection;

import java.util.Optional;

/** A {@link Failover} round tried every place of its addresses and none opened. */
public final class NoServerReached extends ConnectionException {
    private final transient ConnectionException last;
    private final int placesTried;

    NoServerReached(ConnectionException last, int placesTried) {
        super(Kind.UNREACHABLE, last == null ? "no running server found"
                : last.getMessage() + (placesTried > 1 ? " (the last of " + placesTried + " places tried)" : ""));
        this.last = last;
        this.placesTried = placesTried;
    }

    /** The failure of the last place tried; empty when the addresses stood for no place at all. */
    public Optional<ConnectionException> last() {
        return Optional.ofNullable(last);
    }

    public int placesTried() {
        return placesTried;
    }
}
