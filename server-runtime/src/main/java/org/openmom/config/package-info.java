/**
 * The server configuration file (DESIGN.md §3.2, guide chapter "Server Configuration"): the
 * reflexes of a server, one per line {@code <Kind> <Service Name> <DLL Path> <Key> <Value>}, in
 * execution order. Model, parser, writer and validator; the format is documented in
 * {@code docs/file-formats.md}.
 */
package org.openmom.config;
