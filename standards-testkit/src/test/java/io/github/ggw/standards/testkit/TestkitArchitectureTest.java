package io.github.ggw.standards.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * What the test kit's package descriptions promise about their dependencies: the synthetic data
 * uses the model and the rules only (no JSON, no QuickTheories), so the command line and the
 * benchmarks can use it; no class of the kit uses another module's internal packages or the
 * command line. Each rule fails when its package pattern matches no class.
 */
class TestkitArchitectureTest {
  private static final String B = "io.github.ggw.standards.";
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(B + "testkit");

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(false).check(CLASSES);
  }

  @Test
  void syntheticDataUsesTheModelAndTheRulesOnly() {
    check(classes().that().resideInAPackage(B + "testkit.synthetic..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(B + "model..", B + "rules..",
            B + "testkit.synthetic..", "java.."));
  }

  @Test
  void theKitUsesNoInternalPackageAndNotTheCommandLine() {
    check(noClasses().that().resideInAPackage(B + "testkit..")
        .should().dependOnClassesThat().resideInAnyPackage(B + "rules.internal..",
            B + "json.internal..", B + "sheets.internal..", B + "samples.."));
  }

  @Test
  void theGeneratorsAreReachedThroughTheFacade() {
    check(classes().that().haveSimpleNameEndingWith("Generators")
        .and().doNotHaveSimpleName("Generators").and().resideInAPackage(B + "testkit")
        .should().notBePublic());
  }
}
