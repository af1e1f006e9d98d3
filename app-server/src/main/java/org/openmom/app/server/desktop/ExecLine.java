package org.openmom.app.server.desktop;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Exec} key of a desktop entry: a program and its arguments, quoted as the Desktop
 * Entry specification says (an argument with a space or a reserved character in double quotes,
 * {@code " ` $ \} escaped inside them), then written as a string value (a backslash doubled).
 */
final class ExecLine {
    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private ExecLine() {}

    static String of(List<String> arguments) {
        List<String> quoted = new ArrayList<>();
        for (String argument : arguments) {
            quoted.add(quote(argument));
        }
        return String.join(" ", quoted).replace("\\", "\\\\");
    }

    private static String quote(String argument) {
        if (argument.chars().noneMatch(c -> RESERVED.indexOf(c) >= 0) && !argument.isEmpty()) {
            return argument.replace("%", "%%");
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : argument.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return quoted.append('"').toString();
    }
}
