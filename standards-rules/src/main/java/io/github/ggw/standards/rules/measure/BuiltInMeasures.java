package io.github.ggw.standards.rules.measure;

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
import static io.github.ggw.standards.model.rule.MeasureParameters.passes;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The catalogue of built-in measures (内置度量目录): each measure's name, value type, unit,
 * monotonicity, source clause, accepted parameters and function over the evidence of the seed's
 * kinds (the Wujin district education bureau's 2020 work points). {@link
 * MeasureRegistry#builtIn()} resolves and checks them; this class only lists them.
 */
final class BuiltInMeasures {
  private static final LocalizedText PERSONS = LocalizedText.of("人", "persons");
  private static final LocalizedText TIMES = LocalizedText.of("次", "times");
  private static final LocalizedText ITEMS = LocalizedText.of("项", "items");
  private static final LocalizedText YES_NO = LocalizedText.of("是/否", "yes/no");

  private BuiltInMeasures() {}


  /**
   * Every built-in measure, in catalogue order.
   *
   * @return a new list of the measures
   */
  static List<Measure> all() {
    List<Measure> m = new ArrayList<>();
    m.add(flag("organisation.chairIsUnitHead", "seed §一.2", Organisation::chairIsUnitHead));
    m.add(flag("organisation.inAnnualPlan", "seed §一.4 (modelled)", Organisation::inAnnualPlan));
    m.add(flag("organisation.hasOfficeAndRoom", "seed §四 (modelled)",
        o -> o.hasOffice() && o.hasActivityRoom()));
    m.add(Measure.of("organisation.fundingYuan", MeasureType.YUAN, LocalizedText.of("元", "yuan"),
        false, "seed §四 (modelled)", Set.of(),
        (ev, p) -> organisation(ev).map(Organisation::annualFundingYuan).orElse(BigDecimal.ZERO)));
    m.add(orgCount("organisation.members", Organisation::members, "seed §一.2"));
    m.add(orgCount("organisation.workingTeamElders", Organisation::workingTeamElders,
        "seed §二.3"));
    m.add(count("elders.count", PERSONS, "seed §二.3, §四.2", Set.of(TIERS, ELDER_CATEGORIES),
        (ev, p) -> ev.all(ElderMember.class)
            .filter(e -> passes(p.getTiers(), e.tier())
                && passes(p.getElderCategories(), e.category()))
            .count()));
    m.add(count("elders.retiredTeachers", PERSONS, "seed §四.2", Set.of(TIERS),
        (ev, p) -> ev.all(ElderMember.class)
            .filter(e -> e.retiredTeacher() && passes(p.getTiers(), e.tier())).count()));
    m.add(count("trainings.count", TIMES, "seed §一.1–3", Set.of(TRAINING_KINDS, WITHIN_YEAR),
        (ev, p) -> trainings(ev, p).count()));
    m.add(Measure.of("trainings.hours", MeasureType.HOURS, LocalizedText.of("小时", "hours"),
        true, "seed §一.2", Set.of(TRAINING_KINDS, WITHIN_YEAR),
        (ev, p) -> trainings(ev, p).map(TrainingSession::hours)
            .reduce(BigDecimal.ZERO, BigDecimal::add)));
    m.add(count("activities.count", TIMES, "seed §二.1–4, §三.2",
        Set.of(ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR), (ev, p) -> activities(ev, p).count()));
    m.add(count("activities.distinctKinds", ITEMS, "seed §二.1",
        Set.of(ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR),
        (ev, p) -> activities(ev, p).map(ThemedActivity::kind).distinct().count()));
    m.add(count("careCarriers.count", ITEMS, "seed §三.3", Set.of(CARE_CARRIER_KINDS),
        (ev, p) -> carriers(ev, p).map(CareCarrier::kind).distinct().count()));
    m.add(count("careCarriers.sessions", TIMES, "seed §三.3", Set.of(CARE_CARRIER_KINDS),
        (ev, p) -> carriers(ev, p).mapToLong(CareCarrier::sessionsHeld).sum()));
    m.add(count("support.pupils", PERSONS, "seed §三.3", Set.of(DIFFICULTY_KINDS),
        (ev, p) -> ev.all(DifficultySupport.class)
            .filter(s -> passes(p.getDifficultyKinds(), s.kind()))
            .mapToLong(DifficultySupport::pupilsSupported).sum()));
    m.add(count("support.vulnerableYouths", PERSONS, "seed §三.4", Set.of(VULNERABILITY_KINDS),
        (ev, p) -> ev.all(VulnerabilitySupport.class)
            .filter(s -> passes(p.getVulnerabilityKinds(), s.kind()))
            .mapToLong(VulnerabilitySupport::youthsHelped).sum()));
    m.add(count("mentoring.count", ITEMS, "seed §三.2–3", Set.of(MENTORING_KINDS),
        (ev, p) -> ev.all(Mentoring.class).filter(s -> passes(p.getMentoringKinds(), s.kind()))
            .mapToLong(Mentoring::count).sum()));
    m.add(count("research.count", ITEMS, "seed §四.1", Set.of(RESEARCH_KINDS, WITHIN_YEAR),
        (ev, p) -> ev.all(ResearchOutput.class)
            .filter(s -> passes(p.getResearchKinds(), s.kind())).count()));
    m.add(count("publicity.count", ITEMS, "seed §四.3", Set.of(PUBLICITY_KINDS, WITHIN_YEAR),
        (ev, p) -> ev.all(Publicity.class).filter(s -> passes(p.getPublicityKinds(), s.kind()))
            .mapToLong(Publicity::count).sum()));
    m.add(count("documents.count", ITEMS,
        "docs/measures.md, the built-in measures (supporting documents)",
        Set.of(DOCUMENT_KINDS, WITHIN_YEAR),
        (ev, p) -> ev.all(DocumentRecord.class)
            .filter(s -> passes(p.getDocumentKinds(), s.kind())).count()));
    m.add(count("designations.count", ITEMS,
        "docs/measures.md, the built-in measures (designations held, 称号)",
        Set.of(DESIGNATION_KINDS, MIN_LEVEL),
        (ev, p) -> ev.all(DesignationHeld.class)
            .filter(s -> passes(p.getDesignationKinds(), s.kind()) && p.levelPasses(s.level()))
            .count()));
    m.add(count("incidents.count", TIMES,
        "docs/measures.md, the built-in measures (incidents, 一票否决)",
        Set.of(INCIDENT_KINDS, WITHIN_YEAR),
        (ev, p) -> ev.all(Incident.class).filter(s -> passes(p.getIncidentKinds(), s.kind()))
            .count()));
    return m;
  }

  private static Stream<TrainingSession> trainings(
      EvidenceInYear ev, MeasureParameters p) {
    return ev.all(TrainingSession.class).filter(t -> passes(p.getTrainingKinds(), t.kind()));
  }

  private static Stream<ThemedActivity> activities(
      EvidenceInYear ev, MeasureParameters p) {
    return ev.all(ThemedActivity.class)
        .filter(a -> passes(p.getActivityKinds(), a.kind())
            && p.levelPasses(a.level()) && p.awardPasses(a.award()));
  }

  private static Stream<CareCarrier> carriers(
      EvidenceInYear ev, MeasureParameters p) {
    return ev.all(CareCarrier.class).filter(c -> passes(p.getCareCarrierKinds(), c.kind()));
  }

  private static Optional<Organisation> organisation(EvidenceInYear ev) {
    return ev.all(Organisation.class).findFirst();
  }

  private static Measure count(
      String name,
      LocalizedText unit,
      String source,
      Set<MeasureParameter> accepted,
      BiFunction<EvidenceInYear, MeasureParameters, Long> f) {
    return Measure.of(name, MeasureType.COUNT, unit, true, source, accepted,
        (ev, p) -> BigDecimal.valueOf(f.apply(ev, p)));
  }

  private static Measure orgCount(String name, Function<Organisation, Integer> f, String source) {
    return Measure.of(name, MeasureType.COUNT, PERSONS, false, source, Set.of(),
        (ev, p) -> BigDecimal.valueOf(organisation(ev).map(f).orElse(0)));
  }

  private static Measure flag(String name, String source, Function<Organisation, Boolean> f) {
    return Measure.of(name, MeasureType.FLAG, YES_NO, false, source, Set.of(),
        (ev, p) -> organisation(ev).map(f).orElse(false) ? BigDecimal.ONE : BigDecimal.ZERO);
  }
}
