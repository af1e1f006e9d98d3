package org.openmom.fileformat;

/** One blank-separated field of a line, as written, with its 1-based column. */
public record Token(String text, int column) {}
