package io.github.appstream4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/**
 * The module boundaries of DESIGN.md, checked on the compiled main classes of model, core and testing: the
 * public API never shows an internal or generated type, the model stays SDK-free, and dependencies point one
 * way only.
 */
@AnalyzeClasses(packages = "io.github.appstream4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> HIDDEN = DescribedPredicate.describe(
            "internal or generated Immutable* types",
            c -> c.getPackageName().contains(".internal") || c.getSimpleName().startsWith("Immutable"));

    @ArchTest
    static final ArchRule model_dependsOnNoSdkAndNoOtherModule = noClasses()
            .that().resideInAPackage("io.github.appstream4j.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "software.amazon..", "io.github.resilience4j..", "org.slf4j..",
                    "io.github.appstream4j", "io.github.appstream4j.internal..", "io.github.appstream4j.testing..");

    @ArchTest
    static final ArchRule core_neverDependsOnTesting = noClasses()
            .that().resideInAnyPackage("io.github.appstream4j", "io.github.appstream4j.internal..",
                    "io.github.appstream4j.model..")
            .should().dependOnClassesThat().resideInAPackage("io.github.appstream4j.testing..");

    @ArchTest
    static final ArchRule publicApi_neverExposesInternalOrGeneratedTypes = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat(DescribedPredicate.not(HIDDEN))
            .should(new ArchCondition<JavaMethod>("not take or return internal or generated types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                            .filter(HIDDEN)
                            .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes " + t.getName())));
                }
            });

    @ArchTest
    static final ArchRule generatedImmutables_areNotPublic = classes()
            .that().haveSimpleNameStartingWith("Immutable")
            .should().notHaveModifier(JavaModifier.PUBLIC);
}
