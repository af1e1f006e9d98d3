package org.openmom.fileformat;

/**
 * A rule broken by a model, found without any file: the editors mark {@code element}'s field
 * number {@code field} (0-based, in the order of the file's line); the parsers turn it into a
 * {@link Problem} at the field's line and column.
 */
public record Finding(Severity severity, ElementRef element, int field, String message, String fix) {

    public static Finding error(ElementRef element, int field, String message, String fix) {
        return new Finding(Severity.ERROR, element, field, message, fix);
    }

    public static Finding warning(ElementRef element, int field, String message, String fix) {
        return new Finding(Severity.WARNING, element, field, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
