/**
 * The routes file (DESIGN.md §3.3, loaded with {@code -x}): routers forwarding the messages of a
 * server, a service or an event of a service to another server, one per line. Model, parser,
 * writer and validator; the format is documented in {@code docs/file-formats.md}.
 */
package org.openmom.routes;
