package io.github.ggw.standards.json;

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
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module split of DESIGN.md, enforced: the model depends on neither rules nor JSON (nor
 * Jackson or Hibernate Validator), rules do not depend on JSON, and no public model or rules
 * signature takes or returns a {@code Map}, {@code Object} or JSON node (a type parameter such
 * as the {@code T} of {@code Result<T>} is not {@code Object}: each use names its type).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ggw.standards");
  }

  @Test
  void modelDependsOnNeitherRulesNorJson() {
    noClasses().that().resideInAPackage("io.github.ggw.standards.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.ggw.standards.rules..", "io.github.ggw.standards.json..",
            "tools.jackson..", "com.fasterxml.jackson..", "org.hibernate..")
        .check(classes);
  }

  @Test
  void rulesDoNotDependOnJson() {
    noClasses().that().resideInAPackage("io.github.ggw.standards.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.ggw.standards.json..", "tools.jackson..", "com.fasterxml.jackson..",
            "org.hibernate..")
        .check(classes);
  }

  @Test
  void noMapObjectOrJsonNodeInPublicModelOrRulesSignatures() {
    codeUnits().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(
            "io.github.ggw.standards.model..", "io.github.ggw.standards.rules..")
        .and().areDeclaredInClassesThat().arePublic()
        .and().doNotHaveName("equals")
        .and().doNotHaveModifier(JavaModifier.BRIDGE)
        .should(new ArchCondition<JavaCodeUnit>("take and return no Map, Object or JSON node") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            List<JavaType> declared = new java.util.ArrayList<>(unit.getParameterTypes());
            declared.add(unit.getReturnType());
            for (JavaType g : declared) {
              // a type parameter (the T of Result<T>) is typed at each use: only its bound counts
              JavaClass t = g.toErasure();
              if (g instanceof JavaTypeVariable<?> && t.isEquivalentTo(Object.class)) {
                continue;
              }
              if (t.isAssignableTo(Map.class) || t.isEquivalentTo(Object.class)
                  || t.getPackageName().startsWith("tools.jackson")) {
                events.add(SimpleConditionEvent.violated(unit,
                    unit.getFullName() + " uses " + t.getName()));
              }
            }
          }
        })
        .check(classes);
  }
}
