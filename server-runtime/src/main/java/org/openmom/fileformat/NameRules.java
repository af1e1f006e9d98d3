package org.openmom.fileformat;

import java.util.List;

/**
 * Service, user, server and event names: not empty, and without {@code +}, which the files use
 * to write a space ("it implies that the '+' character is not allowed in names").
 */
public final class NameRules {
    private NameRules() {}

    public static void checkName(String name, String what, ElementRef element, int field, List<Finding> findings) {
        if (name.isBlank()) {
            findings.add(Finding.error(element, field, "the " + what + " is empty", "give a name, or * for any"));
        } else if (name.indexOf(FieldCodec.SPACE) >= 0) {
            findings.add(Finding.error(element, field,
                    "the " + what + " '" + name + "' contains '+', which is not allowed in names",
                    "remove the '+' (in the file, + stands for a space)"));
        } else if (!FieldCodec.isWritable(name)) {
            findings.add(Finding.error(element, field,
                    "the " + what + " contains a tab or a line break", "use plain spaces only"));
        }
    }
}
