package org.openmom.app.serverslisteditor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.openmom.app.common.testing.DesktopArchitectureRules;
import org.openmom.testing.ArchitectureRules;

/** The Servers List Editor's views and view models keep apart. */
@AnalyzeClasses(packages = "org.openmom.app.serverslisteditor", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureRules.DoNotIncludeTestJars.class})
class EditorArchitectureTest {
    @ArchTest
    static final ArchTests desktopRules = ArchTests.in(DesktopArchitectureRules.class);
}
