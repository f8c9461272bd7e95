package org.oncodex.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.model.archfixture.ModelClassReachingIntoExamples;
import org.oncodex.outside.OutsiderUsingModelInternals;

/**
 * Keeps the module arrows of ARCHITECTURE.md: content-model depends on nothing of ours;
 * disclaimers and evidence only on content-model; core on those three; testkit on core; examples
 * and benchmarks on anything. And no module uses another module's {@code internal} packages.
 *
 * <p>It lives in the examples module because that is the one module that sees every other on its
 * classpath. Modules are told apart by their packages (ARCHITECTURE.md's package table).
 */
class ArchitectureTest {
    /** Each module's root packages. */
    static final Map<String, List<String>> MODULES = Map.of(
            "content-model", List.of("org.oncodex.model"),
            "disclaimers", List.of("org.oncodex.disclaimers"),
            "evidence", List.of("org.oncodex.evidence"),
            "core", List.of("org.oncodex.answer", "org.oncodex.rules", "org.oncodex.render", "org.oncodex.lint"),
            "testkit", List.of("org.oncodex.testkit"),
            "examples", List.of("org.oncodex.examples"),
            "benchmarks", List.of("org.oncodex.benchmarks"));

    static final ArchRule MODULE_ARROWS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("content-model")
            .definedBy(packages("content-model"))
            .layer("disclaimers")
            .definedBy(packages("disclaimers"))
            .layer("evidence")
            .definedBy(packages("evidence"))
            .layer("core")
            .definedBy(packages("core"))
            .layer("testkit")
            .definedBy(packages("testkit"))
            .layer("examples")
            .definedBy(packages("examples"))
            .layer("benchmarks")
            .definedBy(packages("benchmarks"))
            .whereLayer("disclaimers")
            .mayOnlyBeAccessedByLayers("core", "testkit", "examples", "benchmarks")
            .whereLayer("evidence")
            .mayOnlyBeAccessedByLayers("core", "testkit", "examples", "benchmarks")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers("testkit", "examples", "benchmarks")
            .whereLayer("testkit")
            .mayOnlyBeAccessedByLayers("examples", "benchmarks")
            .whereLayer("examples")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("benchmarks")
            .mayNotBeAccessedByAnyLayer();

    static final ArchRule NO_FOREIGN_INTERNALS = internalsStayInTheirModule();

    private static String[] packages(String module) {
        return MODULES.getOrDefault(module, List.of()).stream()
                .map(p -> p + "..")
                .toArray(String[]::new);
    }

    private static ArchRule internalsStayInTheirModule() {
        List<ArchRule> rules = new ArrayList<>();
        MODULES.forEach((module, roots) -> rules.add(noClasses()
                .that()
                .resideOutsideOfPackages(packages(module))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(roots.stream().map(r -> r + ".internal..").toArray(String[]::new))
                .as("no class outside " + module + " uses its internal packages")
                .allowEmptyShould(true)));
        return CompositeArchRule.of(rules);
    }

    private static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oncodex");
    }

    private static JavaClasses everything() {
        return new ClassFileImporter().importPackages("org.oncodex");
    }

    @Test
    void modules_depend_only_along_the_arrows() {
        MODULE_ARROWS.check(production());
    }

    @Test
    void no_module_uses_another_modules_internal_packages() {
        NO_FOREIGN_INTERNALS.check(production());
    }

    @Test
    void the_production_import_sees_every_module_on_the_classpath() {
        // the rules above prove nothing if the import missed the modules' classes
        assertThat(production().stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("org.oncodex.model"))
                .anyMatch(p -> p.startsWith("org.oncodex.examples"));
    }

    @Test
    void a_model_class_that_reaches_into_examples_breaks_the_arrows() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ModelClassReachingIntoExamples.class, Main.class);
        assertThat(MODULE_ARROWS.evaluate(fixture).hasViolation()).isTrue();
        assertThat(everything().contain(ModelClassReachingIntoExamples.class)).isTrue();
    }

    @Test
    void a_class_outside_content_model_using_its_internals_is_caught() {
        JavaClasses fixture = new ClassFileImporter()
                .importClasses(OutsiderUsingModelInternals.class, org.oncodex.model.internal.Problems.class);
        assertThat(NO_FOREIGN_INTERNALS.evaluate(fixture).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("OutsiderUsingModelInternals"));
    }
}
