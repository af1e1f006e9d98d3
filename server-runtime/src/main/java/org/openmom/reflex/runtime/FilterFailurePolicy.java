package org.openmom.reflex.runtime;

/**
 * What a filter that throws or overruns its budget amounts to: a "no" ({@link #REJECT}: the
 * registration is refused, the message dropped, the delivery skipped; the default, so that a
 * broken access check keeps the door shut) or a "yes" ({@link #PASS}: the message goes on as if
 * the filter were absent, for filters that only observe or decorate).
 */
public enum FilterFailurePolicy {
    REJECT,
    PASS;

    boolean verdict() {
        return this == PASS;
    }
}
