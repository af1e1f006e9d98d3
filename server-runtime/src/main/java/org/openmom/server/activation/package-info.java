/**
 * Programs started on demand (issue #20, after the TPF Internet daemon): for each Activation line
 * of the configuration, a supervisor starts the program when messages wait for its service and no
 * instance can take them, restarts it with back-off while messages still wait, stops one that
 * crash-loops, and stops them all with the server. It asks the broker only through
 * {@link org.openmom.server.Broker#demand}, outside the broker lock.
 */
package org.openmom.server.activation;
