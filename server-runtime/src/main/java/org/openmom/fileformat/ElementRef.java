package org.openmom.fileformat;

/**
 * Which element of a model a finding is about: element {@code index}, and inside it child
 * {@code child} (a declaration of a Servers.lst entry), or {@link #SELF}.
 */
public record ElementRef(int index, int child) {
    public static final int SELF = -1;
    /** No element: the problem is about a line the model does not hold. */
    public static final ElementRef NONE = new ElementRef(-1, SELF);

    public static ElementRef of(int index) {
        return new ElementRef(index, SELF);
    }

    public static ElementRef of(int index, int child) {
        return new ElementRef(index, child);
    }
}
