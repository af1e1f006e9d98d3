package org.openmom.app.serverslisteditor;

/** What the entry dialog edits: the service and user patterns of {@code ! <Service> <User>}. */
record EntryNames(String serviceName, String userName) {}
