package io.github.ggw.standards.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The report module sits beside the core: no core module (model, rules, JSON) depends on it, and
 * it reads reports, not JSON (it does not depend on the JSON module or Jackson).
 */
class ReportArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.ggw.standards");

  @Test
  void noCoreModuleDependsOnReports() {
    noClasses().that().resideInAnyPackage("io.github.ggw.standards.model..",
            "io.github.ggw.standards.rules..", "io.github.ggw.standards.json..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.ggw.standards.report..",
            "org.jsoup..", "org.jfree..", "org.apache.poi..", "org.apache.commons.csv..")
        .check(CLASSES);
  }

  @Test
  void reportsDoNotReadJson() {
    noClasses().that().resideInAPackage("io.github.ggw.standards.report..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.ggw.standards.json..",
            "tools.jackson..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }
}
