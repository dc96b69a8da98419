package org.backclass.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The api package's own share of the layering rule, so a stray import fails here, next to the
 * code, before the project-wide architecture test runs.
 */
class ApiLayeringTest {

    @Test
    void apiDependsOnlyOnDomainJettyJacksonSlf4jAndTheJdk() {
        JavaClasses api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backclass.api");

        classes().that().resideInAPackage("org.backclass.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.backclass.api..", "org.backclass.domain..",
                        "org.eclipse.jetty..", "com.fasterxml.jackson..", "org.slf4j..", "java..")
                .check(api);
    }
}
