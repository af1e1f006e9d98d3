package org.openmom.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture rules every module checks on what it sees (its own classes and those of the
 * modules it depends on), so that together the modules cover the whole of {@code org.openmom}.
 */
public final class ArchitectureRules {
    /**
     * No package of OpenMOM reaches, through others, back to itself: each package can be read,
     * tested and replaced knowing only those below it (docs/architecture.md has the map).
     */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.openmom.(**)").should().beFreeOfCycles()
            .because("a package cycle ties its packages into one that can only be understood and changed whole"
                    + " (see docs/architecture.md for the package map)");

    private ArchitectureRules() {}
}
