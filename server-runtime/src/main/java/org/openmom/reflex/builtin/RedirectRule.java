package org.openmom.reflex.builtin;

import java.util.Optional;
import org.openmom.model.NamePattern;

/**
 * One rewriting of {@link Redirect}: a name matching {@code from} becomes {@code to}. In
 * {@code to}, {@code *} alone keeps the name; otherwise a {@code *} stands for what the single
 * {@code *} of {@code from} matched ({@code ORDERS_* → ARCHIVE_*} sends ORDERS_EU to ARCHIVE_EU).
 */
record RedirectRule(String from, String to) {
    Optional<String> rewrite(String name) {
        if (!NamePattern.matches(from, name)) {
            return Optional.empty();
        }
        if (to.equals(NamePattern.WILDCARD)) {
            return Optional.of(name);
        }
        int star = from.indexOf('*');
        if (star >= 0 && star == from.lastIndexOf('*') && to.contains("*")) {
            String captured = name.substring(star, name.length() - (from.length() - star - 1));
            return Optional.of(to.replace("*", captured));
        }
        return Optional.of(to);
    }
}
