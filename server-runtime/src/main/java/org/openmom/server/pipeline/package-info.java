/**
 * The server's listeners and connections on Netty: {@link org.openmom.server.pipeline.BrokerServer}
 * binds the protocol sequences, and every connection gets the stages of {@code ConnectionPipeline}
 * (greeting, service frames, registration, administration, liveness, back-pressure, faults) around
 * one {@code ServerConnection} kept as a channel attribute, which is also the broker's Sink.
 * Administration is reached through {@link org.openmom.server.pipeline.Administration}, which the
 * assembly wires in; this package imports nothing of {@code org.openmom.admin}.
 */
package org.openmom.server.pipeline;
