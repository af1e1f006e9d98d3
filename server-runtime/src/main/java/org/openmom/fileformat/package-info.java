/**
 * What the three text files of OpenMOM (Servers.lst, server configuration, routes) share: blank
 * separated fields with {@code +} for a space, {@code #} comment lines kept through a rewrite,
 * problems reported as {@code FILE:LINE:COLUMN: what is wrong — how to fix it}, atomic saves.
 */
package org.openmom.fileformat;
