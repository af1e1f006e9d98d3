package org.openmom.app.explorer.send;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmom.model.MessagePropertyLimits;

/**
 * A message's properties as the "Send test message…" dialog shows them: one {@code NAME=VALUE}
 * a line, in order, as {@code openmom post --property NAME=VALUE} takes them.
 */
final class PropertyLines {
    private PropertyLines() {}

    /** The lines of {@code properties}, in their order. */
    static String text(Map<String, String> properties) {
        return properties.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("\n"));
    }

    /** The properties {@code text} names (blank lines skipped); @throws IllegalArgumentException one line with the place and the fix */
    static Map<String, String> parse(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": '" + line.strip() + "' is not NAME=VALUE — one property a line");
            }
            if (properties.put(name, line.substring(equals + 1)) != null) { // the value as typed: spaces are part of it
                throw new IllegalArgumentException("line " + (i + 1) + ": " + name + " is given twice — keep one");
            }
        }
        String tooMuch = MessagePropertyLimits.postingProblem(properties);
        if (tooMuch != null) {
            throw new IllegalArgumentException(tooMuch);
        }
        return properties;
    }
}
