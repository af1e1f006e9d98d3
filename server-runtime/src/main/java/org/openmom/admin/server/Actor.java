package org.openmom.admin.server;

/**
 * Who does an administration action, for the audit log and the trash: the administration
 * service ({@code ADMIN/USER}) and where it connected from ({@code local}, or host:port).
 */
record Actor(String who, String from) {
    /** From a connection's label, {@code ADMIN/ann (127.0.0.1:40000)}, and its remote address. */
    static Actor of(String label, String remoteAddress) {
        int open = label.lastIndexOf(" (");
        String who = open < 0 ? label : label.substring(0, open);
        return new Actor(who, remoteAddress == null ? "" : remoteAddress);
    }

    @Override
    public String toString() {
        return who + " (" + from + ")";
    }
}
