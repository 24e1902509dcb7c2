package io.github.jiguan.standards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of the standards module, checked so that they cannot silently regress. */
class ArchitectureTest {

    private static final JavaClasses STANDARDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jiguan.standards");

    @Test
    void standardsPackagesHaveNoCycles() {
        slices().matching("io.github.jiguan.standards.(*)..").should().beFreeOfCycles().check(STANDARDS);
    }

    @Test
    void standardsUseOnlyCoresSupportedApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.jiguan.core.internal..")
                .check(STANDARDS);
    }
}
