package io.github.jiguan.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The testkit uses the library's supported API only, its generators need no engine, and its packages have no cycles. */
class ArchitectureTest {

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jiguan.testkit");

    @Test
    void theTestkitDependsOnNoInternalPackage() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.jiguan..internal..").check(TESTKIT);
    }

    @Test
    void onlyTheAdapterKnowsQuickTheories() {
        noClasses().that().resideOutsideOfPackage("..testkit.quicktheories..")
                .should().dependOnClassesThat().resideInAPackage("org.quicktheories..").check(TESTKIT);
    }

    @Test
    void testkitPackagesHaveNoCycles() {
        slices().matching("io.github.jiguan.testkit.(*)..").should().beFreeOfCycles().check(TESTKIT);
    }
}
