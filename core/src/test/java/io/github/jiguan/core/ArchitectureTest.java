package io.github.jiguan.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package structure of core that its design depends on, checked so that it cannot silently regress. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jiguan.core");

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("io.github.jiguan.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theCsvBaseDependsOnNoDomainPackage() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("..core.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.reconcile..", "..core.track..",
                        "..core.fleet..", "..core.office..", "..core.org..", "..core.calendar..", "..core.finding..",
                        "..core.interchange..")
                .check(CORE);
    }
}
