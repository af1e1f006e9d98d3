package org.openmom.app.common;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.openmom.app.common.testing.DesktopArchitectureRules;
import org.openmom.testing.ArchitectureRules;

/** app-common's views and view models keep apart as the programs' do. */
@AnalyzeClasses(packages = "org.openmom.app.common", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureRules.DoNotIncludeTestJars.class})
class CommonArchitectureTest {
    @ArchTest
    static final ArchTests desktopRules = ArchTests.in(DesktopArchitectureRules.class);
}
