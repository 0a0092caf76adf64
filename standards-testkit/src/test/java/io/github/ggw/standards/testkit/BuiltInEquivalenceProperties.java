package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.model.rule.MeasureParameters.passes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
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
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The built-in measures over records, now run on the engine of filtered measures, give the same
 * values as the hand-written functions they replaced, which are kept below as the reference.
 * Evidence: generated sets of two years (the year before the assessment year and the year
 * itself), so that {@code withinYear} matters; parameters: random subsets of each accepted kind
 * list, a random lowest level and award, and {@code withinYear} absent, true or false. The
 * measure is applied as the scorer applies it (the assessment year's view, or the view of every
 * year when {@code withinYear = false}).
 */
class BuiltInEquivalenceProperties {
  private static final int YEAR = Generators.YEAR;
  private static final MeasureRegistry BUILT_IN = MeasureRegistry.builtIn();

  /** The reference: the hand-written functions, as they were before the engine. */
  private static final Map<String, BiFunction<EvidenceInYear, MeasureParameters, BigDecimal>>
      REFERENCE = reference();

  record Case(List<Evidence> evidence, String measure, MeasureParameters parameters) {}

  @Test
  void everyMeasureOverRecordsGivesTheValueOfItsHandWrittenFunction() {
    assertThat(REFERENCE).hasSize(16);
    List<String> names = List.copyOf(REFERENCE.keySet());
    Gen<Case> cases = in -> {
      List<Evidence> ev = new ArrayList<>(Generators.evidenceSets(YEAR - 1, 12).generate(in));
      ev.addAll(Generators.evidenceSets(YEAR, 12).generate(in));
      String name = names.get(Generators.between(in, 0, names.size() - 1));
      Measure m = BUILT_IN.find(MeasureName.of(name)).orElseThrow();
      return new Case(ev, name, parameters(in, m.getAccepted()));
    };
    qt().withExamples(2000).forAll(cases).checkAssert(c -> {
      Measure m = BUILT_IN.find(MeasureName.of(c.measure())).orElseThrow();
      EvidenceInYear year = EvidenceInYear.of(YEAR, c.evidence());
      EvidenceInYear counted = c.parameters().isCountingOnlyTheYear() ? year : year.anyYear();
      assertThat(m.apply(counted, c.parameters()))
          .as("%s with %s", c.measure(), c.parameters())
          .isEqualByComparingTo(REFERENCE.get(c.measure()).apply(counted, c.parameters()));
    });
  }

  /** The test would fail if the engine ignored a filter: a case where the filter matters. */
  @Test
  void theReferenceAndTheEngineBothHonourAKindFilter() {
    List<Evidence> ev = List.of(
        new ThemedActivity(ActivityKind.LECTURE, java.time.LocalDate.of(YEAR, 3, 1), Level.CITY,
            10, Award.NONE, "报告会"),
        new ThemedActivity(ActivityKind.RECITATION, java.time.LocalDate.of(YEAR, 4, 1),
            Level.SCHOOL, 10, Award.NONE, "诵读"));
    MeasureParameters p = MeasureParameters.builder().addActivityKinds(ActivityKind.LECTURE)
        .build();
    EvidenceInYear year = EvidenceInYear.of(YEAR, ev);
    // LECTURE only: 1 of the 2 activities
    assertThat(BUILT_IN.find(MeasureName.of("activities.count")).orElseThrow().apply(year, p))
        .isEqualByComparingTo("1");
    assertThat(REFERENCE.get("activities.count").apply(year, p)).isEqualByComparingTo("1");
  }

  private static MeasureParameters parameters(RandomnessSource in, Set<MeasureParameter> ok) {
    var b = MeasureParameters.builder();
    if (ok.contains(MeasureParameter.ACTIVITY_KINDS)) {
      b.activityKinds(subset(in, ActivityKind.class));
    }
    if (ok.contains(MeasureParameter.MIN_LEVEL)) {
      b.minLevel(maybe(in, Level.values()));
    }
    if (ok.contains(MeasureParameter.MIN_AWARD)) {
      b.minAward(maybe(in, Award.values()));
    }
    if (ok.contains(MeasureParameter.TIERS)) {
      b.tiers(subset(in, Tier.class));
    }
    if (ok.contains(MeasureParameter.ELDER_CATEGORIES)) {
      b.elderCategories(subset(in, ElderCategory.class));
    }
    if (ok.contains(MeasureParameter.TRAINING_KINDS)) {
      b.trainingKinds(subset(in, TrainingKind.class));
    }
    if (ok.contains(MeasureParameter.CARE_CARRIER_KINDS)) {
      b.careCarrierKinds(subset(in, CareCarrierKind.class));
    }
    if (ok.contains(MeasureParameter.DIFFICULTY_KINDS)) {
      b.difficultyKinds(subset(in, DifficultyKind.class));
    }
    if (ok.contains(MeasureParameter.VULNERABILITY_KINDS)) {
      b.vulnerabilityKinds(subset(in, VulnerabilityKind.class));
    }
    if (ok.contains(MeasureParameter.MENTORING_KINDS)) {
      b.mentoringKinds(subset(in, MentoringKind.class));
    }
    if (ok.contains(MeasureParameter.RESEARCH_KINDS)) {
      b.researchKinds(subset(in, ResearchKind.class));
    }
    if (ok.contains(MeasureParameter.PUBLICITY_KINDS)) {
      b.publicityKinds(subset(in, PublicityKind.class));
    }
    if (ok.contains(MeasureParameter.DOCUMENT_KINDS)) {
      b.documentKinds(subset(in, DocumentKind.class));
    }
    if (ok.contains(MeasureParameter.DESIGNATION_KINDS)) {
      b.designationKinds(subset(in, DesignationKind.class));
    }
    if (ok.contains(MeasureParameter.INCIDENT_KINDS)) {
      b.incidentKinds(subset(in, IncidentKind.class));
    }
    if (ok.contains(MeasureParameter.WITHIN_YEAR)) {
      b.withinYear(maybe(in, Boolean.TRUE, Boolean.FALSE));
    }
    return b.build();
  }

  /** Empty (every kind) a third of the time, else a random non-empty subset. */
  private static <E extends Enum<E>> Set<E> subset(RandomnessSource in, Class<E> type) {
    EnumSet<E> s = EnumSet.noneOf(type);
    if (Generators.between(in, 0, 2) == 0) {
      return s;
    }
    for (E c : type.getEnumConstants()) {
      if (Generators.between(in, 0, 1) == 1) {
        s.add(c);
      }
    }
    return s;
  }

  @SafeVarargs
  private static <T> Optional<T> maybe(RandomnessSource in, T... values) {
    int i = Generators.between(in, 0, values.length);
    return i == values.length ? Optional.empty() : Optional.of(values[i]);
  }

  // ---- the hand-written functions, as they were

  private static Map<String, BiFunction<EvidenceInYear, MeasureParameters, BigDecimal>>
      reference() {
    Map<String, BiFunction<EvidenceInYear, MeasureParameters, BigDecimal>> m =
        new LinkedHashMap<>();
    m.put("elders.count", count((ev, p) -> ev.all(ElderMember.class)
        .filter(e -> passes(p.getTiers(), e.tier())
            && passes(p.getElderCategories(), e.category()))
        .count()));
    m.put("elders.retiredTeachers", count((ev, p) -> ev.all(ElderMember.class)
        .filter(e -> e.retiredTeacher() && passes(p.getTiers(), e.tier())).count()));
    m.put("trainings.count", count((ev, p) -> trainings(ev, p).count()));
    m.put("trainings.hours", (ev, p) -> trainings(ev, p).map(TrainingSession::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    m.put("activities.count", count((ev, p) -> activities(ev, p).count()));
    m.put("activities.distinctKinds", count((ev, p) -> activities(ev, p)
        .map(ThemedActivity::kind).distinct().count()));
    m.put("careCarriers.count", count((ev, p) -> carriers(ev, p).map(CareCarrier::kind)
        .distinct().count()));
    m.put("careCarriers.sessions", count((ev, p) -> carriers(ev, p)
        .mapToLong(CareCarrier::sessionsHeld).sum()));
    m.put("support.pupils", count((ev, p) -> ev.all(DifficultySupport.class)
        .filter(s -> passes(p.getDifficultyKinds(), s.kind()))
        .mapToLong(DifficultySupport::pupilsSupported).sum()));
    m.put("support.vulnerableYouths", count((ev, p) -> ev.all(VulnerabilitySupport.class)
        .filter(s -> passes(p.getVulnerabilityKinds(), s.kind()))
        .mapToLong(VulnerabilitySupport::youthsHelped).sum()));
    m.put("mentoring.count", count((ev, p) -> ev.all(Mentoring.class)
        .filter(s -> passes(p.getMentoringKinds(), s.kind())).mapToLong(Mentoring::count).sum()));
    m.put("research.count", count((ev, p) -> ev.all(ResearchOutput.class)
        .filter(s -> passes(p.getResearchKinds(), s.kind())).count()));
    m.put("publicity.count", count((ev, p) -> ev.all(Publicity.class)
        .filter(s -> passes(p.getPublicityKinds(), s.kind())).mapToLong(Publicity::count).sum()));
    m.put("documents.count", count((ev, p) -> ev.all(DocumentRecord.class)
        .filter(s -> passes(p.getDocumentKinds(), s.kind())).count()));
    m.put("designations.count", count((ev, p) -> ev.all(DesignationHeld.class)
        .filter(s -> passes(p.getDesignationKinds(), s.kind()) && p.levelPasses(s.level()))
        .count()));
    m.put("incidents.count", count((ev, p) -> ev.all(Incident.class)
        .filter(s -> passes(p.getIncidentKinds(), s.kind())).count()));
    return m;
  }

  private static BiFunction<EvidenceInYear, MeasureParameters, BigDecimal> count(
      BiFunction<EvidenceInYear, MeasureParameters, Long> f) {
    return (ev, p) -> BigDecimal.valueOf(f.apply(ev, p));
  }

  private static Stream<TrainingSession> trainings(EvidenceInYear ev, MeasureParameters p) {
    return ev.all(TrainingSession.class).filter(t -> passes(p.getTrainingKinds(), t.kind()));
  }

  private static Stream<ThemedActivity> activities(EvidenceInYear ev, MeasureParameters p) {
    return ev.all(ThemedActivity.class)
        .filter(a -> passes(p.getActivityKinds(), a.kind())
            && p.levelPasses(a.level()) && p.awardPasses(a.award()));
  }

  private static Stream<CareCarrier> carriers(EvidenceInYear ev, MeasureParameters p) {
    return ev.all(CareCarrier.class).filter(c -> passes(p.getCareCarrierKinds(), c.kind()));
  }
}
