package org.openmom.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The broker core knows nothing of sockets or JSON (DESIGN.md §2, STYLE practice 6). */
class CoreArchitectureTest {
    @Test
    void coreImportsNoNettyAndNoJackson() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openmom.server", "org.openmom.model");
        noClasses().that().resideInAnyPackage("org.openmom.server", "org.openmom.model")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml..")
                .check(core);
    }
}
