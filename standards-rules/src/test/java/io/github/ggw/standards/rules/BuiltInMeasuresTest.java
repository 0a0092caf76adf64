package io.github.ggw.standards.rules;

import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import static io.github.ggw.standards.model.rule.MeasureParameter.ACTIVITY_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.CARE_CARRIER_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.DESIGNATION_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.DIFFICULTY_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.DOCUMENT_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.ELDER_CATEGORIES;
import static io.github.ggw.standards.model.rule.MeasureParameter.INCIDENT_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.MENTORING_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.MIN_AWARD;
import static io.github.ggw.standards.model.rule.MeasureParameter.MIN_LEVEL;
import static io.github.ggw.standards.model.rule.MeasureParameter.PUBLICITY_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.RESEARCH_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.TIERS;
import static io.github.ggw.standards.model.rule.MeasureParameter.TRAINING_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.VULNERABILITY_KINDS;
import static io.github.ggw.standards.model.rule.MeasureParameter.WITHIN_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in measures as {@code docs/measures.md} lists them: each one's name, value type,
 * unit, monotonicity, source clause and accepted parameters, and its value on one hand-made set of
 * evidence for the assessment year 2022, counted by hand below.
 */
class BuiltInMeasuresTest {
  private static final MeasureRegistry REGISTRY = MeasureRegistry.builtIn();
  /** The Chinese unit of each English one. */
  private static final java.util.Map<String, String> ZH_UNITS = java.util.Map.of(
      "yes/no", "是/否", "yuan", "元", "persons", "人", "times", "次", "hours", "小时",
      "items", "项");

  /** The declared table: name | type | unit (en) | monotone | source (seed clause) | params. */
  static Stream<Arguments> declared() {
    return Stream.of(
        row("organisation.chairIsUnitHead", MeasureType.FLAG, "yes/no", false, "seed §一.2"),
        row("organisation.inAnnualPlan", MeasureType.FLAG, "yes/no", false,
            "seed §一.4 (modelled)"),
        row("organisation.hasOfficeAndRoom", MeasureType.FLAG, "yes/no", false,
            "seed §四 (modelled)"),
        row("organisation.fundingYuan", MeasureType.YUAN, "yuan", false, "seed §四 (modelled)"),
        row("organisation.members", MeasureType.COUNT, "persons", false, "seed §一.2"),
        row("organisation.workingTeamElders", MeasureType.COUNT, "persons", false, "seed §二.3"),
        row("elders.count", MeasureType.COUNT, "persons", true, "seed §二.3, §四.2", TIERS,
            ELDER_CATEGORIES),
        row("elders.retiredTeachers", MeasureType.COUNT, "persons", true, "seed §四.2", TIERS),
        row("trainings.count", MeasureType.COUNT, "times", true, "seed §一.1–3", TRAINING_KINDS,
            WITHIN_YEAR),
        row("trainings.hours", MeasureType.HOURS, "hours", true, "seed §一.2", TRAINING_KINDS,
            WITHIN_YEAR),
        row("activities.count", MeasureType.COUNT, "times", true, "seed §二.1–4, §三.2",
            ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR),
        row("activities.distinctKinds", MeasureType.COUNT, "items", true, "seed §二.1",
            ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR),
        row("careCarriers.count", MeasureType.COUNT, "items", true, "seed §三.3",
            CARE_CARRIER_KINDS),
        row("careCarriers.sessions", MeasureType.COUNT, "times", true, "seed §三.3",
            CARE_CARRIER_KINDS),
        row("support.pupils", MeasureType.COUNT, "persons", true, "seed §三.3", DIFFICULTY_KINDS),
        row("support.vulnerableYouths", MeasureType.COUNT, "persons", true, "seed §三.4",
            VULNERABILITY_KINDS),
        row("mentoring.count", MeasureType.COUNT, "items", true, "seed §三.2–3", MENTORING_KINDS),
        row("research.count", MeasureType.COUNT, "items", true, "seed §四.1", RESEARCH_KINDS,
            WITHIN_YEAR),
        row("publicity.count", MeasureType.COUNT, "items", true, "seed §四.3", PUBLICITY_KINDS,
            WITHIN_YEAR),
        // the last three name no seed clause: modelled (the catalogue says why)
        row("documents.count", MeasureType.COUNT, "items", true, "modelled", DOCUMENT_KINDS,
            WITHIN_YEAR),
        row("designations.count", MeasureType.COUNT, "items", true, "modelled", DESIGNATION_KINDS,
            MIN_LEVEL),
        row("incidents.count", MeasureType.COUNT, "times", true, "modelled", INCIDENT_KINDS,
            WITHIN_YEAR));
  }

  private static Arguments row(String name, MeasureType type, String unit, boolean monotone,
      String source, MeasureParameter... accepted) {
    Set<MeasureParameter> set = EnumSet.noneOf(MeasureParameter.class);
    set.addAll(List.of(accepted));
    return Arguments.of(name, type, unit, monotone, source, set);
  }

  @Test
  void theRegistryHoldsExactlyTheDocumentedMeasures() {
    assertThat(REGISTRY.all()).extracting(m -> m.getName().value())
        .containsExactlyInAnyOrderElementsOf(declared().map(a -> (String) a.get()[0]).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declared")
  void eachMeasureIsDeclaredAsDocumented(String name, MeasureType type, String unit,
      boolean monotone, String source, Set<MeasureParameter> accepted) {
    Measure m = REGISTRY.find(MeasureName.of(name)).orElseThrow();
    assertThat(m.getType()).isEqualTo(type);
    assertThat(m.getUnit().en()).isEqualTo(unit);
    assertThat(m.getUnit().zh()).isEqualTo(ZH_UNITS.get(unit));
    assertThat(m.isMonotone()).isEqualTo(monotone);
    assertThat(m.getSource()).isEqualTo(source);
    assertThat(m.getAccepted()).isEqualTo(accepted);
  }

  private static final LocalDate LAST_YEAR = LocalDate.of(2021, 11, 1);

  /**
   * The evidence of one unit for 2022. Dated facts marked "2021" lie in the year before; standing
   * facts (organisation, roster, carriers, support, mentoring, designations) carry no date that
   * places them in a year, whatever their own dates say.
   */
  static final List<Evidence> EVIDENCE = List.of(
      new Organisation(true, 9, 5, true, false, new BigDecimal("3500.50"), false),
      elder("E1", ElderCategory.TEACHER, Tier.CORE, true, LocalDate.of(2015, 9, 1)),
      elder("E2", ElderCategory.VETERAN, Tier.CORE, false, LocalDate.of(2018, 3, 1)),
      elder("E3", ElderCategory.TEACHER, Tier.BACKBONE, true, LocalDate.of(2020, 1, 1)),
      // joined after the assessment year: a roster entry still counts
      elder("E4", ElderCategory.EXPERT, Tier.PARTICIPANT, false, LocalDate.of(2023, 1, 1)),
      new TrainingSession(TrainingKind.STUDY, LocalDate.of(2022, 3, 1), new BigDecimal("2"), 12,
          "学习"),
      new TrainingSession(TrainingKind.TRAINING, LocalDate.of(2022, 5, 1),
          new BigDecimal("1.5"), 10, "培训"),
      new TrainingSession(TrainingKind.TRAINING, LAST_YEAR, new BigDecimal("3"), 9, "培训 2021"),
      activity(ActivityKind.SPEECH_CONTEST, LocalDate.of(2022, 4, 1), Level.DISTRICT,
          Award.THIRD_PRIZE),
      activity(ActivityKind.SPEECH_CONTEST, LocalDate.of(2022, 5, 1), Level.CITY,
          Award.FIRST_PRIZE),
      activity(ActivityKind.LECTURE, LocalDate.of(2022, 6, 1), Level.SCHOOL, Award.NONE),
      activity(ActivityKind.RECITATION, LAST_YEAR, Level.PROVINCE, Award.SECOND_PRIZE),
      new CareCarrier(CareCarrierKind.TALK_ROOM, LocalDate.of(2019, 9, 1), 6),
      new CareCarrier(CareCarrierKind.TALK_ROOM, LocalDate.of(2021, 9, 1), 2),
      new CareCarrier(CareCarrierKind.CARE_SHOP, LocalDate.of(2020, 9, 1), 3),
      new DifficultySupport(DifficultyKind.LEARNING, 3),
      new DifficultySupport(DifficultyKind.FAMILY_ECONOMIC, 2),
      new VulnerabilitySupport(VulnerabilityKind.BEREAVED, 1),
      new Mentoring(MentoringKind.BLUE_GREEN_PAIR, 4, LocalDate.of(2018, 9, 1)),
      new Mentoring(MentoringKind.TEACHER_STUDIO, 1, LocalDate.of(2020, 9, 1)),
      new ResearchOutput(ResearchKind.SURVEY_REPORT, LocalDate.of(2022, 7, 1), "调研"),
      new ResearchOutput(ResearchKind.PROPOSAL, LAST_YEAR, "建议 2021"),
      new Publicity(PublicityKind.NEWSLETTER_ISSUE, LocalDate.of(2022, 6, 30), 4),
      new Publicity(PublicityKind.NEWS_REPORT, LocalDate.of(2022, 9, 1), 2),
      new DocumentRecord(DocumentKind.PLAN, "年度计划", LocalDate.of(2022, 1, 5), ""),
      new DocumentRecord(DocumentKind.MINUTES, "会议记录", LocalDate.of(2022, 3, 1), ""),
      new DocumentRecord(DocumentKind.MINUTES, "会议记录 2021", LAST_YEAR, ""),
      new DesignationHeld(DesignationKind.ADVANCED_COLLECTIVE, Level.PROVINCE,
          LocalDate.of(2019, 12, 1), "苏关工委〔2019〕1号"),
      new DesignationHeld(DesignationKind.REGULARISATION_QUALIFIED, Level.DISTRICT,
          LocalDate.of(2020, 6, 1), "武教关委〔2020〕3号"),
      new Incident(IncidentKind.SAFETY_INCIDENT, LocalDate.of(2022, 5, 8), IncidentSource.UNIT,
          "事故"),
      new Incident(IncidentKind.CONCEALMENT, LAST_YEAR, IncidentSource.REVIEWER, "瞒报 2021"));

  private static ElderMember elder(String id, ElderCategory c, Tier t, boolean retiredTeacher,
      LocalDate joined) {
    return new ElderMember(ElderRef.of(id), c, t, retiredTeacher, joined);
  }

  private static ThemedActivity activity(ActivityKind k, LocalDate d, Level l, Award a) {
    return new ThemedActivity(k, d, l, 30, a, "活动");
  }

  static Stream<Arguments> values() {
    return Stream.of(
        // the one organisation record: chair yes, not in plan, office but no room
        value("organisation.chairIsUnitHead", p -> p, "1"),
        value("organisation.inAnnualPlan", p -> p, "0"),
        value("organisation.hasOfficeAndRoom", p -> p, "0"),
        value("organisation.fundingYuan", p -> p, "3500.5"),
        value("organisation.members", p -> p, "9"),
        value("organisation.workingTeamElders", p -> p, "5"),
        // E1..E4; CORE: E1, E2; TEACHER: E1, E3; retired teachers: E1, E3 (CORE: E1)
        value("elders.count", p -> p, "4"),
        value("elders.count", p -> p.addTiers(Tier.CORE), "2"),
        value("elders.count", p -> p.addElderCategories(ElderCategory.TEACHER), "2"),
        value("elders.retiredTeachers", p -> p, "2"),
        value("elders.retiredTeachers", p -> p.addTiers(Tier.CORE), "1"),
        // 2022: STUDY 2 h, TRAINING 1.5 h; 2021: TRAINING 3 h
        value("trainings.count", p -> p, "2"),
        value("trainings.count", p -> p.addTrainingKinds(TrainingKind.TRAINING), "1"),
        value("trainings.count", p -> p.withinYear(false), "3"),
        value("trainings.hours", p -> p, "3.5"),
        value("trainings.hours", p -> p.withinYear(false), "6.5"),
        // 2022: speech DISTRICT 3rd, speech CITY 1st, lecture SCHOOL none; 2021: recitation
        value("activities.count", p -> p, "3"),
        value("activities.count", p -> p.minLevel(Level.DISTRICT), "2"),
        value("activities.count", p -> p.minAward(Award.THIRD_PRIZE), "2"),
        value("activities.count", p -> p.minLevel(Level.CITY).minAward(Award.FIRST_PRIZE), "1"),
        value("activities.count", p -> p.addActivityKinds(ActivityKind.SPEECH_CONTEST), "2"),
        value("activities.count", p -> p.withinYear(false), "4"),
        value("activities.distinctKinds", p -> p, "2"),
        value("activities.distinctKinds", p -> p.withinYear(false), "3"),
        // two talk rooms (6 + 2 sessions) and a care shop (3): 2 kinds, 11 sessions
        value("careCarriers.count", p -> p, "2"),
        value("careCarriers.count", p -> p.addCareCarrierKinds(CareCarrierKind.TALK_ROOM), "1"),
        value("careCarriers.sessions", p -> p, "11"),
        value("careCarriers.sessions", p -> p.addCareCarrierKinds(CareCarrierKind.TALK_ROOM),
            "8"),
        // 3 learning + 2 family-economic; 1 bereaved
        value("support.pupils", p -> p, "5"),
        value("support.pupils", p -> p.addDifficultyKinds(DifficultyKind.LEARNING), "3"),
        value("support.vulnerableYouths", p -> p, "1"),
        // 4 blue-green pairs + 1 teacher studio
        value("mentoring.count", p -> p, "5"),
        value("mentoring.count", p -> p.addMentoringKinds(MentoringKind.BLUE_GREEN_PAIR), "4"),
        // 2022: a survey report; 2021: a proposal
        value("research.count", p -> p, "1"),
        value("research.count", p -> p.withinYear(false), "2"),
        // newsletter 4 + news reports 2, the counts of the records
        value("publicity.count", p -> p, "6"),
        value("publicity.count", p -> p.addPublicityKinds(PublicityKind.NEWS_REPORT), "2"),
        // 2022: plan, minutes; 2021: minutes
        value("documents.count", p -> p, "2"),
        value("documents.count", p -> p.addDocumentKinds(DocumentKind.MINUTES), "1"),
        value("documents.count", p -> p.withinYear(false), "3"),
        // provincial advanced collective (2019), district regularisation (2020): any date
        value("designations.count", p -> p, "2"),
        value("designations.count", p -> p.minLevel(Level.PROVINCE), "1"),
        value("designations.count",
            p -> p.addDesignationKinds(DesignationKind.REGULARISATION_QUALIFIED), "1"),
        // 2022: a safety incident; 2021: concealment
        value("incidents.count", p -> p, "1"),
        value("incidents.count", p -> p.addIncidentKinds(IncidentKind.CONCEALMENT), "0"),
        value("incidents.count", p -> p.withinYear(false), "2"));
  }

  private static Arguments value(String name,
      UnaryOperator<io.github.ggw.standards.model.rule.ImmutableMeasureParameters.Builder> params,
      String expected) {
    MeasureParameters p = params.apply(MeasureParameters.builder()).build();
    return Arguments.of(name + " " + p.getGiven(), name, p, expected);
  }

  /**
   * Evaluates as the scorer does: the view of the year, or of every year when the parameters say
   * {@code withinYear = false}.
   */
  private static BigDecimal evaluate(String name, MeasureParameters p, List<Evidence> evidence) {
    EvidenceInYear year = EvidenceInYear.of(2022, evidence);
    return REGISTRY.find(MeasureName.of(name)).orElseThrow()
        .apply(p.isCountingOnlyTheYear() ? year : year.anyYear(), p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void eachMeasureReadsItsEvidence(String label, String name, MeasureParameters p,
      String expected) {
    assertThat(evaluate(name, p, EVIDENCE)).isEqualByComparingTo(expected);
  }

  /**
   * A second organisation record, the opposite of the one above: chair not the unit's head, an
   * office and an activity room, in the annual plan, no funding, no members.
   */
  static final List<Evidence> OTHER_ORGANISATION = List.of(
      new Organisation(false, 0, 0, true, true, BigDecimal.ZERO, true));

  static Stream<Arguments> otherOrganisation() {
    return Stream.of(
        value("organisation.chairIsUnitHead", p -> p, "0"),
        value("organisation.inAnnualPlan", p -> p, "1"),
        // office and room: yes and yes
        value("organisation.hasOfficeAndRoom", p -> p, "1"),
        value("organisation.fundingYuan", p -> p, "0"),
        value("organisation.members", p -> p, "0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherOrganisation")
  void theOrganisationMeasuresReadTheOtherRecord(String label, String name,
      MeasureParameters p, String expected) {
    assertThat(evaluate(name, p, OTHER_ORGANISATION)).isEqualByComparingTo(expected);
  }

  /**
   * Every measure of the catalogue is fed evidence above and its value checked by hand at least
   * once with a non-zero value, so none is listed without being exercised.
   */
  @Test
  void everyMeasureOfTheCatalogueIsExercisedWithANonZeroValue() {
    Set<String> exercised = new java.util.HashSet<>();
    Stream.concat(values(), otherOrganisation()).forEach(a -> {
      if (new BigDecimal((String) a.get()[3]).signum() > 0) {
        exercised.add((String) a.get()[1]);
      }
    });
    assertThat(exercised).containsExactlyInAnyOrderElementsOf(REGISTRY.catalogue().stream()
        .map(d -> d.name().value()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declared")
  void withoutEvidenceEveryMeasureIsZero(String name) {
    assertThat(evaluate(name, MeasureParameters.none(), List.of())).isEqualByComparingTo("0");
  }
}
