package org.openmom.app.explorer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.openmom.app.common.testing.DesktopArchitectureRules;

/** How the Explorer's packages may depend on each other and on the runtime, and its views on its view models. */
@AnalyzeClasses(packages = "org.openmom.app.explorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ExplorerArchitectureTest {

    @ArchTest
    static final ArchRule theExplorerTalksToServersOnlyThroughTheAdminApi = noClasses()
            .that().resideOutsideOfPackage("org.openmom.app.explorer.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.openmom.transport..", "org.openmom.server..",
                    "org.openmom.connection..", "org.openmom.wire..", "io.netty..")
            .orShould().dependOnClassesThat(resideInAPackage("org.openmom.admin.client").and(not(simpleName("AdminClient"))))
            .because("the Explorer administers servers it does not run: only the demo starts one");

    /** Besides the view models named so, the tree's connections and nodes are the Explorer's model: the tree view shows them. */
    @ArchTest
    static final ArchRule viewModelsKnowNoViews = DesktopArchitectureRules.viewModelsKnowNoViews(
            simpleNameEndingWith("Model").or(resideInAPackage("org.openmom.app.explorer.tree")));

    @ArchTest
    static final ArchTests desktopRules = ArchTests.in(DesktopArchitectureRules.class);

    @ArchTest
    static final ArchRule nothingPrintsToTheConsole = noClasses()
            .that().haveSimpleNameNotEndingWith("Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("the programs log through SLF4J and show errors to people in the window"
                    + " (only the launcher answers --help and bad options in the terminal)");
}
