package org.openmom.model;

import java.util.Objects;

/**
 * A service, user, server or event name that may hold {@code *} wildcards: {@code *} alone
 * matches every name, {@code CHAT*} every name that starts with CHAT. Matching is case-sensitive.
 */
public final class NamePattern {
    public static final String WILDCARD = "*";
    private static final NamePattern ANY = new NamePattern(WILDCARD);

    private final String pattern;

    private NamePattern(String pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    public static NamePattern of(String pattern) {
        return WILDCARD.equals(pattern) ? ANY : new NamePattern(pattern);
    }

    public static NamePattern any() {
        return ANY;
    }

    public boolean matches(String name) {
        return matches(pattern, name);
    }

    public boolean isWildcard() {
        return pattern.indexOf('*') >= 0;
    }

    /**
     * Whether every name this pattern matches is also matched by {@code general}. Exact for
     * literal patterns and for {@code *}; for other wildcard pairs it answers only the sure cases.
     */
    public boolean isCoveredBy(NamePattern general) {
        if (general.pattern.equals(WILDCARD) || general.pattern.equals(pattern)) {
            return true;
        }
        return !isWildcard() && general.matches(pattern);
    }

    /** Glob match of {@code *} against any run of characters, without backtracking blow-up. */
    public static boolean matches(String pattern, String name) {
        if (WILDCARD.equals(pattern)) {
            return true;
        }
        int p = 0;
        int n = 0;
        int starAt = -1;
        int resumeAt = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                starAt = p++;
                resumeAt = n;
            } else if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
                p++;
                n++;
            } else if (starAt >= 0) {
                p = starAt + 1;
                n = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamePattern that && that.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
