/**
 * The Servers List ({@code Servers.lst}, guide chapter "Servers List"): which servers a service
 * tries, as {@code ! <Service Name> <User Name>} entries each followed by server declarations
 * {@code <Network Address> <Protocol> <Endpoint> <Server Name> <Server Role>}. Model, parser,
 * writer and validator; the format is documented in {@code docs/file-formats.md}.
 */
package org.openmom.serverslist;
