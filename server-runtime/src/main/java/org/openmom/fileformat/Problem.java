package org.openmom.fileformat;

/**
 * A problem in a file, at a place, with a fix: printed as
 * {@code FILE:LINE:COLUMN: what is wrong — how to fix it} (warnings say {@code warning:}).
 * {@code element} is the model element the problem is about, so an editor can select it, or
 * {@link ElementRef#NONE} for a line that is not in the model.
 */
public record Problem(Severity severity, String file, int line, int column, String message, String fix, ElementRef element) {

    public Problem(Severity severity, String file, int line, int column, String message, String fix) {
        this(severity, file, line, column, message, fix, ElementRef.NONE);
    }

    public static Problem error(String file, int line, int column, String message, String fix) {
        return new Problem(Severity.ERROR, file, line, column, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        return file + ":" + formatWithoutFile();
    }

    /** {@code LINE:COLUMN: what is wrong — how to fix it}: for lines that were sent rather than read from a file. */
    public String formatWithoutFile() {
        String kind = severity == Severity.WARNING ? "warning: " : "";
        return line + ":" + column + ": " + kind + message + " — " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
