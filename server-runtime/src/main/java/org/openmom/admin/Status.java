package org.openmom.admin;

/** The status an administrator sees and changes on a Server, a Service or a Reflex. */
public enum Status {
    ENABLED,
    DISABLED;

    public static Status of(boolean enabled) {
        return enabled ? ENABLED : DISABLED;
    }

    public boolean isEnabled() {
        return this == ENABLED;
    }
}
