package org.adoptsim.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map holds on the compiled classes: no package of the command line or of the engine
 * depends on itself in a circle (each package, the root {@code org.adoptsim.cli} included, is a slice of
 * its own), and the engine knows nothing of the command line.
 */
class PackageMapTest {
    private static JavaClasses classes;
    private static JavaClasses cli;
    private static JavaClasses core;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        classes = importer.importPackages("org.adoptsim");
        cli = importer.importPackages("org.adoptsim.cli");
        core = importer.importPackages("org.adoptsim.core");
    }

    @Test
    void theCommandLineHasNoPackageCycles() {
        slices().matching("org.adoptsim.(**)").should().beFreeOfCycles().check(cli);
    }

    @Test
    void theRootPackageOfTheCommandLineIsALeaf() {
        // The shared problem types there may be used by every package and use none of them.
        noClasses().that().resideInAPackage("org.adoptsim.cli")
                .should().dependOnClassesThat().resideInAPackage("org.adoptsim.cli.*..")
                .check(classes);
    }

    @Test
    void theSharedFoundationKnowsNoCommand() {
        noClasses().that().resideInAnyPackage("org.adoptsim.cli.results..", "org.adoptsim.cli.text..",
                        "org.adoptsim.cli.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.adoptsim.cli.output..",
                        "org.adoptsim.cli.chart..", "org.adoptsim.cli.report..", "org.adoptsim.cli.compare..",
                        "org.adoptsim.cli.sweep..", "org.adoptsim.cli.scenario..", "org.adoptsim.cli.app..")
                .check(cli);
    }

    @Test
    void theEngineDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.adoptsim.core..")
                .should().dependOnClassesThat().resideInAPackage("org.adoptsim.cli..")
                .check(classes);
    }

    @Test
    void theEngineHasNoPackageCycles() {
        slices().matching("org.adoptsim.(**)").should().beFreeOfCycles().check(core);
    }
}
