package org.openmom.app.configeditor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.openmom.app.common.testing.DesktopArchitectureRules;
import org.openmom.testing.ArchitectureRules;

/** The Server Configuration Editor's views and view models keep apart. */
@AnalyzeClasses(packages = "org.openmom.app.configeditor", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureRules.DoNotIncludeTestJars.class})
class EditorArchitectureTest {
    @ArchTest
    static final ArchTests desktopRules = ArchTests.in(DesktopArchitectureRules.class);
}
