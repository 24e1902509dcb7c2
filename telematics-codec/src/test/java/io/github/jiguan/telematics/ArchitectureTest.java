package io.github.jiguan.telematics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The codec's package structure: internal → jt808.message → jt808.codec → jt808, without cycles;
 * message records that know no codec; and the {@code internal} package kept out of every public
 * signature, so that nothing outside the module ever has to depend on it.
 */
@AnalyzeClasses(packages = "io.github.jiguan.telematics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe("an internal type",
            c -> c.getPackageName().endsWith(".internal") || c.getPackageName().contains(".internal."));

    private static final DescribedPredicate<List<JavaClass>> ANY_INTERNAL = DescribedPredicate.describe(
            "an internal type", ps -> ps.stream().anyMatch(INTERNAL));

    /** Members a user of the module can reach: public or protected, in a public type outside internal. */
    private static final DescribedPredicate<JavaMember> API = DescribedPredicate.describe("part of the public API",
            m -> (m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
                    && m.getOwner().getModifiers().contains(JavaModifier.PUBLIC) && !INTERNAL.test(m.getOwner()));

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.github.jiguan.telematics.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule messagesKnowNoCodecAndNoFrame = noClasses()
            .that().resideInAPackage("..jt808.message..")
            .should().dependOnClassesThat().resideInAnyPackage("..jt808.codec..", "io.github.jiguan.telematics.jt808");

    @ArchTest
    static final ArchRule bodyCodecsKnowNoFrame = noClasses()
            .that().resideInAPackage("..jt808.codec..")
            .should().dependOnClassesThat().resideInAPackage("io.github.jiguan.telematics.jt808");

    @ArchTest
    static final ArchRule noApiMethodTakesOrReturnsAnInternalType = noCodeUnits().that(API)
            .should().haveRawReturnType(INTERNAL).orShould().haveRawParameterTypes(ANY_INTERNAL);

    @ArchTest
    static final ArchRule noApiFieldHasAnInternalType = noFields().that(API).should().haveRawType(INTERNAL);

    @ArchTest
    static final ArchRule noPublicTypeExtendsAnInternalOne = noClasses()
            .that().resideOutsideOfPackage("..internal..").and().arePublic()
            .should().beAssignableTo(INTERNAL);
}
