package org.openmom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The runtime is shared by the server, the command line and every GUI: it must stay headless. */
@AnalyzeClasses(packages = "org.openmom", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerRuntimeArchitectureTest {

    @ArchTest
    static final ArchRule theRuntimeNeverUsesJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("server-runtime runs on headless servers; JavaFX belongs to the app modules");

    @ArchTest
    static final ArchRule fileFormatsKnowNothingOfTheNetwork = noClasses()
            .that().resideInAnyPackage("org.openmom.fileformat..", "org.openmom.serverslist..", "org.openmom.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml..", "picocli..")
            .because("the file formats and value types are used everywhere, by the GUIs too");

    @ArchTest
    static final ArchRule theAdminApiIsPlainData = noClasses()
            .that().resideInAPackage("org.openmom.admin")
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml..", "org.openmom.transport..")
            .because("the Explorer and the CLI consume the admin API and its DTOs without the transport");
}
