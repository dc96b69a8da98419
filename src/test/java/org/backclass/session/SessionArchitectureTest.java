package org.backclass.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner is pure: JDK, SLF4J and the domain only, and it never reads a clock itself. */
class SessionArchitectureTest {

    private static JavaClasses session;

    @BeforeAll
    static void importSession() {
        session = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backclass.session");
    }

    @Test
    void dependsOnlyOnTheJdkSlf4jAndTheDomain() {
        classes().that().resideInAPackage("org.backclass.session..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.slf4j..", "org.backclass.domain..", "org.backclass.session..")
                .check(session);
    }

    @Test
    void neverReadsTheSystemClock() {
        DescribedPredicate<JavaCall<?>> readsAClock = new DescribedPredicate<>("read a system clock") {
            @Override
            public boolean test(JavaCall<?> call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean system = owner.equals(System.class.getName())
                        && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                boolean javaTimeNow = owner.startsWith("java.time.")
                        && (name.equals("now") || name.startsWith("system") || name.equals("tickMillis")
                                || name.equals("tickSeconds") || name.equals("tickMinutes"));
                return system || javaTimeNow || owner.equals("java.lang.Thread") && name.equals("sleep");
            }
        };
        noClasses().that().resideInAPackage("org.backclass.session..")
                .should().callMethodWhere(readsAClock)
                .check(session);
    }
}
