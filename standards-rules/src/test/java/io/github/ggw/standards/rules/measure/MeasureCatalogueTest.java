package io.github.ggw.standards.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.rules.measure.ParameterDescriptor.ParameterType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The measure catalogue as data ({@link MeasureRegistry#catalogue()}), and the hints of the
 * findings for an unknown measure or a parameter a measure does not take.
 */
class MeasureCatalogueTest {
  private static final MeasureRegistry REGISTRY = MeasureRegistry.builtIn();
  private static final List<MeasureDescriptor> CATALOGUE = REGISTRY.catalogue();
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");

  @Test
  void theCatalogueDescribesEveryMeasureOfTheRegistryInCatalogueOrder() {
    assertThat(CATALOGUE).hasSize(22);
    assertThat(CATALOGUE).extracting(d -> d.name().value()).containsExactlyInAnyOrderElementsOf(
        REGISTRY.all().stream().map(m -> m.getName().value()).toList());
    // catalogue order (the seed's order of sections), not alphabetical
    assertThat(CATALOGUE.get(0).name().value()).isEqualTo("organisation.chairIsUnitHead");
    assertThat(CATALOGUE.get(21).name().value()).isEqualTo("incidents.count");
    assertThat(REGISTRY.catalogue()).isSameAs(CATALOGUE);
    assertThatThrownBy(() -> CATALOGUE.add(CATALOGUE.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachEntryAgreesWithItsMeasureAndTheEvidenceKindRegistry() {
    for (MeasureDescriptor d : CATALOGUE) {
      Measure m = REGISTRY.find(d.name()).orElseThrow();
      assertThat(d.type()).as(d.name().value()).isEqualTo(m.getType());
      assertThat(d.unit()).isEqualTo(m.getUnit());
      assertThat(d.monotone()).isEqualTo(m.isMonotone());
      assertThat(d.source()).isEqualTo(m.getSource());
      assertThat(d.label().zh()).isNotEqualTo(d.name().value());
      assertThat(d.label().en()).isNotEqualTo(d.name().value());
      String kind = d.evidenceKind().orElseThrow();
      // the year counted is the kind's: dated kinds count only the assessment year
      assertThat(d.onlyAssessmentYear()).as(d.name().value())
          .isEqualTo(EvidenceKinds.byName(kind).orElseThrow().dateField().isPresent());
      // a dated kind always lets a rule count every year instead
      if (d.onlyAssessmentYear()) {
        assertThat(d.parameterNames()).as(d.name().value()).contains("withinYear");
      }
      assertThat(d.parameters()).extracting(ParameterDescriptor::parameter)
          .containsExactlyInAnyOrderElementsOf(m.getAccepted());
      // a source is a clause of the seed, or says it is modelled, and then says why
      assertThat(d.source().startsWith("seed §") || d.source().equals("modelled"))
          .as(d.source()).isTrue();
      assertThat(d.sourceNote().isPresent()).as(d.name().value())
          .isEqualTo(d.source().contains("modelled"));
    }
    assertThat(CATALOGUE).extracting(d -> d.label().zh()).doesNotHaveDuplicates();
    assertThat(CATALOGUE).extracting(d -> d.label().en()).doesNotHaveDuplicates();
  }

  @Test
  void aFewEntriesAsTheyAreWritten() {
    MeasureDescriptor elders = entry("elders.count");
    assertThat(elders.label()).isEqualTo(LocalizedText.of("五老名册人数", "elders on the roster"));
    assertThat(elders.evidenceKind()).contains("elder");
    assertThat(elders.parameterNames()).containsExactly("tiers", "elderCategories");
    assertThat(elders.onlyAssessmentYear()).isFalse();
    assertThat(elders.summary()).isEqualTo("elders on the roster (五老名册人数); COUNT in persons;"
        + " reads elder; parameters tiers, elderCategories; standing facts, any date;"
        + " seed §二.3, §四.2");

    MeasureDescriptor activities = entry("activities.count");
    assertThat(activities.evidenceKind()).contains("activity");
    assertThat(activities.onlyAssessmentYear()).isTrue();
    assertThat(activities.parameters()).containsExactly(
        new ParameterDescriptor("activityKinds", MeasureParameter.ACTIVITY_KINDS,
            ParameterType.ANY_OF, List.of("SPEECH_CONTEST", "READING_ESSAY", "RECITATION",
                "SHORT_VIDEO", "CAMPUS_VISIT", "LECTURE", "EDUCATION_PROJECT", "CULTURE_ACTION")),
        new ParameterDescriptor("minLevel", MeasureParameter.MIN_LEVEL, ParameterType.AT_LEAST,
            List.of("SCHOOL", "DISTRICT", "CITY", "PROVINCE", "NATIONAL")),
        new ParameterDescriptor("minAward", MeasureParameter.MIN_AWARD, ParameterType.AT_LEAST,
            List.of("NONE", "HONOURABLE_MENTION", "THIRD_PRIZE", "SECOND_PRIZE", "FIRST_PRIZE")),
        new ParameterDescriptor("withinYear", MeasureParameter.WITHIN_YEAR, ParameterType.FLAG,
            List.of("true", "false")));

    MeasureDescriptor plan = entry("organisation.inAnnualPlan");
    assertThat(plan.source()).isEqualTo("seed §一.4 (modelled)");
    assertThat(plan.sourceNote().orElseThrow().en()).startsWith("seed §一.4 asks for");
    assertThat(entry("incidents.count").source()).isEqualTo("modelled");
  }

  @Test
  void parametersAreNamedAsWrittenAndReadBackByThatName() {
    // the written name is the JSON member and the CSV key: lower camel case of the constant
    assertThat(Arrays.stream(MeasureParameter.values()).map(MeasureParameter::writtenName))
        .containsExactly("activityKinds", "minLevel", "minAward", "tiers", "elderCategories",
            "trainingKinds", "careCarrierKinds", "difficultyKinds", "vulnerabilityKinds",
            "mentoringKinds", "researchKinds", "publicityKinds", "documentKinds",
            "designationKinds", "incidentKinds", "withinYear");
    for (MeasureParameter p : MeasureParameter.values()) {
      assertThat(MeasureParameter.byWrittenName(p.writtenName())).contains(p);
    }
    assertThat(MeasureParameter.byWrittenName("MIN_LEVEL")).isEmpty();
  }

  @Test
  void anEmbeddersMeasureIsListedAfterTheBuiltInOnes() {
    Measure plain = Measure.of("test.always", MeasureType.COUNT, LocalizedText.of("项", "items"),
        true, "test", Set.of(), (ev, p) -> BigDecimal.ONE);
    Measure described = Measure.of("test.described", MeasureType.COUNT,
        LocalizedText.of("项", "items"), true, "modelled", Set.of(MeasureParameter.TIERS),
        (ev, p) -> BigDecimal.ONE).describedAs(LocalizedText.of("测试", "a test"), "elder",
            LocalizedText.of("测试用", "for the test"));
    List<MeasureDescriptor> more = REGISTRY.with(List.of(plain, described)).catalogue();
    assertThat(more).hasSize(24);
    MeasureDescriptor p = more.get(22);
    assertThat(p.name().value()).isEqualTo("test.always");
    // without words of its own: the name in both languages, no kind, standing
    assertThat(p.label()).isEqualTo(LocalizedText.of("test.always", "test.always"));
    assertThat(p.evidenceKind()).isEmpty();
    assertThat(p.onlyAssessmentYear()).isFalse();
    MeasureDescriptor d = more.get(23);
    assertThat(d.label().en()).isEqualTo("a test");
    assertThat(d.evidenceKind()).contains("elder");
    assertThat(d.parameterNames()).containsExactly("tiers");
    assertThat(d.sourceNote().orElseThrow().zh()).isEqualTo("测试用");
    assertThatThrownBy(() -> plain.describedAs(LocalizedText.of("x", "x"), "elders", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elders");
  }

  private static MeasureDescriptor entry(String name) {
    return CATALOGUE.stream().filter(d -> d.name().value().equals(name)).findFirst()
        .orElseThrow();
  }

  private static List<Problem> check(ScoringRule rule) {
    Criterion c = ImmutableCriterion.builder().code(CriterionCode.of("2.1"))
        .title(LocalizedText.of("2.1", "2.1")).maxPoints(Points.of(5)).rule(rule).source(SRC)
        .build();
    return REGISTRY.check(List.of(c));
  }

  @Test
  void anUnknownMeasureGetsTheClosestNamesInBothLanguages() {
    // "activities.cnt" is 2 edits from "activities.count" (insert o, u); 14 characters allow 4
    Problem p = check(new PerOccurrence(MeasureRef.of("activities.cnt"), Points.of(1))).get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_UNKNOWN_MEASURE);
    assertThat(p.getMessageEn()).isEqualTo("Item 2.1 names the unknown measure activities.cnt;"
        + " the closest known names: activities.count (standards measures lists them all)");
    assertThat(p.getMessageZh()).isEqualTo("指标 2.1 引用了未知度量“activities.cnt”；"
        + "最接近的已知度量：“activities.count”（命令 standards measures 列出全部度量）");
    // "elder.count" is 1 edit from "elders.count"
    assertThat(check(new PerOccurrence(MeasureRef.of("elder.count"), Points.of(1))).get(0)
        .getMessageEn()).contains("the closest known names: elders.count (");
    // nothing is close to "no.such": a dash
    assertThat(check(new PerOccurrence(MeasureRef.of("no.such"), Points.of(1))).get(0)
        .getMessageZh()).contains("最接近的已知度量：“–”（");
  }

  @Test
  void aParameterTheMeasureDoesNotTakeIsNamedAsWrittenWithTheClosestItTakes() {
    // documents.count takes documentKinds and withinYear; "incidentKinds" is 4 substitutions
    // from "documentKinds" (i→d, n→o, i→u, d→m), within 13 / 3 = 4
    Problem p = check(new AllOrNothing(new Condition(MeasureRef.of("documents.count",
        MeasureParameters.builder().addIncidentKinds(IncidentKind.CONCEALMENT).build()),
        Comparison.AT_LEAST, BigDecimal.ONE))).get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_MEASURE_PARAMETER);
    assertThat(p.getOffendingValue()).contains("incidentKinds");
    assertThat(p.getMessageEn()).isEqualTo("Item 2.1: the measure documents.count does not take"
        + " the parameters incidentKinds; the closest it takes: documentKinds; it takes:"
        + " documentKinds, withinYear");
    assertThat(p.getMessageZh()).isEqualTo("指标 2.1：度量“documents.count”不接受参数"
        + "“incidentKinds”；最接近的可用参数：“documentKinds”；可用参数：“documentKinds, withinYear”");
    // trainings.count takes trainingKinds and withinYear; nothing is close to "tiers"
    Problem far = check(new AllOrNothing(new Condition(MeasureRef.of("trainings.count",
        MeasureParameters.builder().addTiers(Tier.CORE).minLevel(
            io.github.ggw.standards.model.evidence.Level.CITY).build()),
        Comparison.AT_LEAST, BigDecimal.ONE))).get(0);
    assertThat(far.getMessageEn()).isEqualTo("Item 2.1: the measure trainings.count does not"
        + " take the parameters minLevel, tiers; the closest it takes: –; it takes:"
        + " trainingKinds, withinYear");
    assertThat(far.getMessageEn() + far.getMessageZh()).doesNotContain("MIN_LEVEL", "TIERS");
    // a measure without parameters says so with a dash
    assertThat(check(new AllOrNothing(new Condition(MeasureRef.of("organisation.members",
        MeasureParameters.builder().addTiers(Tier.CORE).build()), Comparison.AT_LEAST,
        BigDecimal.ONE))).get(0).getMessageZh()).endsWith("可用参数：“–”");
  }
}
