package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import example.embedder.Invoice;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.WorkPlan;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson mapper that finds the library's module writes every model and report type as
 * the library's own writers do (the same JSON tree) and reads it back to equal values, while an
 * application's own classes are written as if the module were not there.
 */
class StandardsModuleTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final WorkflowJson WORKFLOW = WorkflowJson.create(JSON);
  private static final PlansJson PLANS = PlansJson.create(JSON);
  private static final Standard STANDARD = ReferenceData.changzhouStandard();
  /** What a Spring Boot or plain Jackson 3 application has: every module on the class path. */
  private final JsonMapper plain = JsonMapper.builder().findAndAddModules().build();

  private JsonNode tree(String json) {
    return plain.readTree(json);
  }

  private static List<SelfAssessment> samples() {
    return ReferenceData.sampleNames().stream()
        .map(n -> JSON.readAssessment(ReferenceData.sample(n)).orElseThrow()).toList();
  }

  @Test
  void theModuleIsFoundOnTheClassPath() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(StandardsModule.class);
    assertThat(plain.registeredModules()).hasAtLeastOneElementOfType(StandardsModule.class);
  }

  @Test
  void aStandardIsWrittenAsTheLibraryWritesItAndReadBackEqual() {
    String written = plain.writeValueAsString(STANDARD);
    assertThat(tree(written)).isEqualTo(tree(JSON.writeStandard(STANDARD)));
    assertThat(tree(written).get("kind").stringValue()).isEqualTo("standard");
    assertThat(plain.readValue(written, Standard.class)).isEqualTo(STANDARD);
  }

  @Test
  void selfAssessmentsAreWrittenAsTheLibraryWritesThemAndReadBackEqual() {
    for (SelfAssessment a : samples()) {
      String written = plain.writeValueAsString(a);
      assertThat(tree(written)).isEqualTo(tree(JSON.writeAssessment(a)));
      assertThat(plain.readValue(written, SelfAssessment.class)).isEqualTo(a);
    }
  }

  @Test
  void scoreReportsAreWrittenAsTheLibraryWritesThemAndReadBackEqualButForTheirWarnings() {
    List<SelfAssessment> samples = samples();
    assertThat(samples).hasSizeGreaterThan(3);
    for (SelfAssessment a : samples) {
      ScoreReport report = Scorer.create().score(STANDARD, a).orElseThrow();
      String written = plain.writeValueAsString(report);
      JsonNode t = tree(written);
      assertThat(t).isEqualTo(tree(JSON.writeReport(report)));
      assertThat(t.get("kind").stringValue()).isEqualTo("score-report");
      assertThat(t.at("/report/maxPoints").isMissingNode()).isTrue();
      assertThat(t.at("/report/nominalMax").isNumber()).isTrue();
      assertThat(t.at("/report/unit/id").isString()).isTrue();
      // the warnings are written, not read back (as the library's reader does)
      assertThat(plain.readValue(written, ScoreReport.class))
          .isEqualTo(report.withWarnings(List.of()));
    }
  }

  @Test
  void bundledCaseFilesAreWrittenAsTheLibraryWritesThemAndReadBackEqual() {
    Workflow workflow = WORKFLOW.workflow(STANDARD, ReferenceData.changzhouRegistry(),
        Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    assertThat(ReferenceData.caseFileNames()).isNotEmpty();
    for (String name : ReferenceData.caseFileNames()) {
      CaseFile file = WORKFLOW.readCaseFile(ReferenceData.caseFile(name), workflow)
          .orElseThrow();
      String written = plain.writeValueAsString(file);
      assertThat(tree(written)).as(name).isEqualTo(tree(WORKFLOW.writeCaseFile(file)));
      assertThat(tree(written)).as(name).isEqualTo(
          tree(new String(ReferenceData.caseFile(name), StandardCharsets.UTF_8)));
      assertThat(plain.readValue(written, CaseFile.class)).as(name).isEqualTo(file);
    }
  }

  @Test
  void registriesProfilesAndPlansAreWrittenAsTheLibraryWritesThemAndReadBackEqual() {
    UnitRegistry registry = ReferenceData.changzhouRegistry();
    String r = plain.writeValueAsString(registry);
    assertThat(tree(r)).isEqualTo(tree(WORKFLOW.writeRegistry(registry)));
    assertThat(plain.readValue(r, UnitRegistry.class)).isEqualTo(registry);

    Profile profile = JSON.readProfile(PROFILE.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    String p = plain.writeValueAsString(profile);
    assertThat(tree(p)).isEqualTo(tree(JSON.writeProfile(profile)));
    assertThat(plain.readValue(p, Profile.class)).isEqualTo(profile);

    ActionPlan plan = PlanReferenceData.wujinActionPlan();
    String ap = plain.writeValueAsString(plan);
    assertThat(tree(ap)).isEqualTo(tree(PLANS.writeActionPlan(plan)));
    assertThat(plain.readValue(ap, ActionPlan.class)).isEqualTo(plan);

    WorkPlan points = PlanReferenceData.wujinWorkPoints2020();
    String wp = plain.writeValueAsString(points);
    assertThat(tree(wp)).isEqualTo(tree(PLANS.writeWorkPlan(points)));
    assertThat(plain.readValue(wp, WorkPlan.class)).isEqualTo(points);
  }

  @Test
  void theLibrarysWritersAreTheModuleWithTheDefaultPrettyPrinter() {
    JsonMapper withModule = JsonMapper.builder().addModule(new StandardsModule()).build();
    SelfAssessment a = samples().get(0);
    ScoreReport report = Scorer.create().score(STANDARD, a).orElseThrow();
    assertThat(withModule.writerWithDefaultPrettyPrinter().writeValueAsString(report))
        .isEqualTo(JSON.writeReport(report));
    assertThat(withModule.writerWithDefaultPrettyPrinter().writeValueAsString(STANDARD))
        .isEqualTo(JSON.writeStandard(STANDARD));
    assertThat(withModule.writeValueAsString(a)).isEqualTo(JSON.writeAssessmentLine(a));
  }

  @Test
  void anApplicationsOwnClassesAreWrittenAsWithoutTheModule() {
    Invoice invoice = new Invoice(Optional.empty(), null, new BigDecimal("1E+3"));
    JsonMapper without = JsonMapper.builder().build();
    String written = plain.writeValueAsString(invoice);
    assertThat(written).isEqualTo(without.writeValueAsString(invoice))
        .contains("\"note\":null", "\"comment\":null", "1E+3");
    assertThat(plain.writeValueAsString(List.of(new BigDecimal("1E+3"))))
        .isEqualTo(without.writeValueAsString(List.of(new BigDecimal("1E+3"))));
  }

  @Test
  void theLibrarysOwnDecimalsArePlainAndItsAbsentMembersLeftOut() {
    assertThat(plain.writeValueAsString(new Rung(new BigDecimal("1E+3"), Points.of(2))))
        .isEqualTo("{\"atLeast\":1000,\"points\":2}");
    assertThat(plain.writeValueAsString(Points.parse("2.50"))).isEqualTo("2.5");
  }

  @Test
  void aPlainMapperThrowsOnADocumentThatDoesNotBind() {
    String noTitle = JSON.writeStandard(STANDARD).replaceFirst("\"title\" :", "\"name\" :");
    String noUnit = JSON.writeAssessment(samples().get(0)).replaceFirst("\"unit\" :", "\"u\" :");
    JsonMapper lenient = JsonMapper.builder().addModule(new StandardsModule())
        .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    assertThatThrownBy(() -> lenient.readValue(noTitle, Standard.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("/title");
    assertThatThrownBy(() -> lenient.readValue(noUnit, SelfAssessment.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("/unit");
  }

  private static final String PROFILE = """
      {
        "kind": "profile",
        "formatVersion": 1,
        "id": "changzhou-kindergarten",
        "version": "2021.1",
        "title": {"zh": "幼儿园版（测试）", "en": "Kindergarten profile (test)"},
        "base": "changzhou-quality-basic",
        "baseVersion": "2021.1",
        "unitType": "KINDERGARTEN",
        "exclude": ["2.2"],
        "pointsChanges": [{"code": "1.1", "points": 4.5}],
        "certificationThreshold": 85,
        "source": {"document": "test", "clause": "profile", "status": "MODELLED",
            "note": "Test data."}
      }
      """;
}
