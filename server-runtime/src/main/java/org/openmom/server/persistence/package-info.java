/**
 * The broker's {@link org.openmom.server.MessageStore} on the journal: persistent messages and
 * their targets encoded as journal records ({@code MessageRecords}), one journal per logging
 * service key, acknowledged messages' removals gathered into batches ({@code PendingRemovals}).
 * The broker core knows only the interface; this adapter is plugged in by the assembly.
 */
package org.openmom.server.persistence;
