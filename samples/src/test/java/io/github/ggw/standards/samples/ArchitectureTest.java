package io.github.ggw.standards.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the modules and packages, enforced over the main classes of every module (the
 * samples module sees them all). Data flows one way: model → rules → JSON and sheets → report →
 * command line. Each rule fails when its package pattern matches no class (ArchUnit's default
 * {@code failOnEmptyShould}), so a rule cannot pass by naming a package that no longer exists.
 * The layering is described, rule by rule, in docs/layout.md.
 */
class ArchitectureTest {
  private static final String B = "io.github.ggw.standards.";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ggw.standards");
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(false).check(classes);
  }

  @Test
  void theModelDependsOnNoOtherModuleOfTheProject() {
    check(noClasses().that().resideInAPackage(B + "model..")
        .should().dependOnClassesThat().resideInAnyPackage(B + "rules..", B + "json..",
            B + "sheets..", B + "report..", B + "testkit..", B + "samples..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.hibernate..", "org.apache.poi.."));
  }

  @Test
  void theRulesDependOnTheModelOnly() {
    check(noClasses().that().resideInAPackage(B + "rules..")
        .should().dependOnClassesThat().resideInAnyPackage(B + "json..", B + "sheets..",
            B + "report..", B + "testkit..", B + "samples..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.hibernate..", "org.apache.poi.."));
  }

  @Test
  void jacksonDatabindAndCoreAreUsedInJsonPackagesAndUnderTheCsvFormatOnly() {
    // The CSV format is a Jackson dataformat: its mapper's readers and writers are databind
    // types, so the sheets module touches them through the CSV format and nowhere else.
    check(noClasses().that().resideOutsideOfPackages(B + "json..", B + "sheets..")
        .and().resideInAPackage("io.github.ggw.standards..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind..",
            "tools.jackson.core..", "com.fasterxml.jackson.."));
  }

  @Test
  void jacksonsCsvFormatIsUsedInSheetsOnly() {
    check(noClasses().that().resideOutsideOfPackage(B + "sheets..")
        .and().resideInAPackage("io.github.ggw.standards..")
        .should().dependOnClassesThat().resideInAPackage("tools.jackson.dataformat.csv.."));
  }

  @Test
  void poiIsUsedInSheetsAndReportsOnly() {
    check(noClasses().that().resideOutsideOfPackages(B + "sheets..", B + "report..")
        .and().resideInAPackage("io.github.ggw.standards..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi.."));
  }

  @Test
  void bouncyCastleIsUsedInTheWorkflowJsonPackageOnly() {
    // SM2/SM3 signatures and key files live behind the rules' signature port, in json.workflow
    check(noClasses().that().resideOutsideOfPackage(B + "json.workflow")
        .and().resideInAPackage("io.github.ggw.standards..")
        .should().dependOnClassesThat().resideInAPackage("org.bouncycastle.."));
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    check(classes().that().resideInAPackage(B + "rules.internal..")
        .should().onlyHaveDependentClassesThat().resideInAPackage(B + "rules.."));
    check(classes().that().resideInAPackage(B + "json.internal..")
        .should().onlyHaveDependentClassesThat().resideInAPackage(B + "json.."));
    check(classes().that().resideInAPackage(B + "sheets.internal..")
        .should().onlyHaveDependentClassesThat().resideInAPackage(B + "sheets.."));
  }

  @Test
  void noTwoPublicTypesShareASimpleName() {
    Map<String, List<String>> byName = new java.util.TreeMap<>();
    for (JavaClass c : classes) {
      if (c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass()
          && !c.getSimpleName().startsWith("Immutable")
          && !c.getSimpleName().equals("package-info")) {
        byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
      }
    }
    assertThat(byName).as("public types").hasSizeGreaterThan(100);
    assertThat(byName.values().stream().filter(v -> v.size() > 1).toList()).isEmpty();
  }

  @Test
  void noMapObjectOrJsonNodeInPublicModelOrRulesSignatures() {
    check(codeUnits().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(B + "model..", B + "rules..")
        .and().areDeclaredInClassesThat().arePublic()
        .and().doNotHaveName("equals")
        .and().doNotHaveModifier(JavaModifier.BRIDGE)
        .should(new ArchCondition<JavaCodeUnit>("take and return no Map, Object or JSON node") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
            types.add(unit.getReturnType());
            for (JavaType generic : types) {
              if (generic instanceof JavaTypeVariable<?>) {
                continue; // a type parameter such as Result<T>'s value: not an Object in use
              }
              JavaClass t = generic.toErasure();
              if (t.isAssignableTo(Map.class) || t.isEquivalentTo(Object.class)
                  || t.getPackageName().startsWith("tools.jackson")) {
                events.add(SimpleConditionEvent.violated(unit,
                    unit.getFullName() + " uses " + t.getName()));
              }
            }
          }
        }));
  }
}
