/**
 * The places under {@code OPENMOM_HOME} (files, run, data, logs) and the registry of running
 * local servers in {@code run/}: servers write their entries, clients and editors read them.
 * Neutral ground: used by both sides, it depends on neither.
 */
package org.openmom.home;
