/**
 * Administration of a running server, as the Explorer and the {@code openmom} CLI use it:
 * {@link org.openmom.admin.client.AdminClient} connects to one server as an Administration Service
 * (service name {@code ADMIN}) or discovers every running server matching the Explorer's
 * connect-dialog criteria; {@link org.openmom.admin.AdminSession} reads snapshots and mailbox
 * pages, deletes messages and seeds, changes statuses, reads the log and watches changes.
 *
 * <p>The records of this package are plain data (strings, numbers, enums, lists, byte arrays,
 * times as epoch milliseconds) so they travel as JSON on the wire and print as-is; they hold
 * no Netty and no JavaFX. Names are the guide's: Server, Service, Administration Service,
 * Mailbox, Message Seed, Persistent Message Seed, Global Message, Global Message Seed, Reflex.
 */
package org.openmom.admin;
