/**
 * A client's connection to a server, whoever the client is: a service
 * ({@code org.openmom.client}), an administrator ({@code org.openmom.admin.client}), or a
 * server forwarding to another (a router). {@link org.openmom.connection.ClientConnection} speaks
 * the conversation every client shares — HELLO/WELCOME, heartbeats, requests and their answers,
 * back-pressure, BYE — and hands everything else to its owner's
 * {@link org.openmom.connection.FrameListener}; {@link org.openmom.connection.Failover} and
 * {@link org.openmom.connection.Reconnector} find a server along a Servers List entry's
 * addresses, again with back-off after a loss. It knows the wire and the transport, never the
 * broker, and no owner's API.
 *
 * <p>Threads: a connection's frames are read and its futures completed on its event loop, which
 * never blocks; senders may be any thread, and wait (off the event loop) for writability.
 */
package org.openmom.connection;
