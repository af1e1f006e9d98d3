package org.openmom.examples.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.openmom.app.common.testing.DesktopArchitectureRules;

/** The chat is a sample of the client API: it uses that and nothing under it; its views follow the desktop rules. */
@AnalyzeClasses(packages = "org.openmom.examples.chat", importOptions = ImportOption.DoNotIncludeTests.class)
class ChatArchitectureTest {
    @ArchTest
    static final ArchRule theChatTalksToServersOnlyThroughTheClientApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.transport..", "org.openmom.server..",
                    "org.openmom.connection..", "org.openmom.admin..", "io.netty..")
            .because("it shows what a service needs: org.openmom.client (and the value types it speaks in)");

    @ArchTest
    static final ArchRule theClientSampleKnowsNoJavaFx = noClasses().that().resideInAPackage("org.openmom.examples.chat.client")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.openmom.app..")
            .because("the part of the sample a reader copies into a service of their own is plain Java");

    @ArchTest
    static final ArchTests desktopRules = ArchTests.in(DesktopArchitectureRules.class);

    @ArchTest
    static final ArchRule nothingPrintsToTheConsole = noClasses()
            .that().haveSimpleNameNotEndingWith("Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("the demo shows errors to people in its window (only the launcher answers --help and bad options)");
}
