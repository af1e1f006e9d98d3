package org.openmom.fileformat;

/** An error makes a file unusable; a warning points at something that probably is a mistake. */
public enum Severity {
    ERROR,
    WARNING
}
