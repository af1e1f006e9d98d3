package org.openmom.app.configeditor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.openmom.testing.ArchitectureRules;

/** No package cycle in the Server Configuration Editor and the modules it builds on (docs/architecture.md). */
@AnalyzeClasses(packages = "org.openmom", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRules.DoNotIncludeTestJars.class})
class PackageCyclesTest {
    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;
}
