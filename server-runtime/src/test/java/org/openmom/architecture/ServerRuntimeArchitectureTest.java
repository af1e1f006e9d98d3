package org.openmom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.openmom.testing.ArchitectureRules;

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

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule theBrokerCoreKnowsNoJournal = noClasses()
            .that().resideInAPackage("org.openmom.server")
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.journal..", "org.openmom.server.persistence..")
            .because("the core keeps persistent messages through its MessageStore interface; the journal adapter plugs in at assembly");

    @ArchTest
    static final ArchRule sharedPlumbingBelongsToNoSide = noClasses()
            .that().resideInAnyPackage("org.openmom.transport..", "org.openmom.home..", "org.openmom.wire..")
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.server..", "org.openmom.client..",
                    "org.openmom.admin..", "org.openmom.connection..", "org.openmom.cli..")
            .because("servers and clients both build on the Netty plumbing, the wire format and the run/ registry");

    @ArchTest
    static final ArchRule clientsNeverUseTheServer = noClasses()
            .that().resideInAnyPackage("org.openmom.client..", "org.openmom.connection..", "org.openmom.admin",
                    "org.openmom.admin.client..", "org.openmom.admin.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.server..", "org.openmom.admin.server..",
                    "org.openmom.journal..", "org.openmom.reflex..")
            .because("services, the Explorer and the CLI talk to servers over the wire only");

    @ArchTest
    static final ArchRule theConnectionPipelineKnowsNoAdministrationInside = noClasses()
            .that().resideInAPackage("org.openmom.server.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.admin..")
            .because("the pipeline passes ADMIN_* requests to its Administration interface; the admin side implements it and is wired in at assembly");
}
