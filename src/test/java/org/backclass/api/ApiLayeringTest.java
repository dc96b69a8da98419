package org.backclass.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
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
        // ArchUnit 1.3 cannot parse the class files of the JDK 25 that Maven may pick and logs a
        // stack trace per JDK class; dependencies are checked by package name, so stubs suffice.
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            JavaClasses api = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.backclass.api");

            classes().that().resideInAPackage("org.backclass.api..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            "org.backclass.api..", "org.backclass.domain..",
                            "org.eclipse.jetty..", "com.fasterxml.jackson..", "org.slf4j..", "java..")
                    .check(api);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }
}
