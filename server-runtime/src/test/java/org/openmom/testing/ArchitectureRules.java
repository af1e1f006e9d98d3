package org.openmom.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
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

    /**
     * Leaves out the test classes that other modules get from server-runtime's test-jar (which
     * {@link ImportOption.DoNotIncludeTests} recognises only as a test-classes folder, as in
     * {@code mvn test}, not as the jar of {@code mvn verify}).
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
