package org.backclass;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backclass");
    }

    @Test
    void layersOnlyReachDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.backclass.app..")
                .layer("ui").definedBy("org.backclass.ui..")
                .layer("api").definedBy("org.backclass.api..")
                .layer("hardware").definedBy("org.backclass.hardware..")
                .layer("store").definedBy("org.backclass.store..")
                .layer("config").definedBy("org.backclass.config..")
                .layer("session").definedBy("org.backclass.session..")
                .layer("domain").definedBy("org.backclass.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("api").mayOnlyBeAccessedByLayers("app")
                .whereLayer("hardware").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("config").mayOnlyBeAccessedByLayers("app")
                .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "api", "hardware", "store", "config",
                        "session")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void domainIsPure() {
        noClasses().that().resideInAnyPackage("org.backclass.domain..", "org.backclass.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.pi4j..", "org.eclipse.jetty..",
                        "java.sql..", "com.fasterxml..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheCompositionRootTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.backclass.ui..", "org.backclass.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheHardwareLayerAndTheCompositionRootTouchPi4j() {
        noClasses().that().resideOutsideOfPackages("org.backclass.hardware..", "org.backclass.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pi4j..", "com.sun.jna..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackages("org.backclass.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void onlyTheApiTalksHttp() {
        noClasses().that().resideOutsideOfPackages("org.backclass.api..", "org.backclass.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void onlyFxThreadHopsOntoTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName("org.backclass.ui.FxThread")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void nothingPrintsToTheConsoleExceptTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.backclass.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
