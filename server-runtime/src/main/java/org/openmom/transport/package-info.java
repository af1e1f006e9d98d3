/**
 * The Netty plumbing servers and clients share: event loop groups and channel types for TCP
 * and local (Unix domain) sockets, the outbound frame queue with its flushing and writability,
 * and the range of automatic TCP ports. Neutral ground: it knows frames ({@code wire}) but
 * neither the broker nor the client API.
 */
package org.openmom.transport;
