package io.github.jiguan.examples.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI is a thin adapter over the library's supported API. */
class ArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jiguan.examples.cli");

    @Test
    void theCliDependsOnNoInternalPackage() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.jiguan..internal..").check(CLI);
    }
}
