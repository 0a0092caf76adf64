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

import com.google.common.collect.ImmutableMap;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Standard;
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
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The registry of measures that rules may name (度量注册表). Standards refer to measures by name;
 * {@link #check(Standard)} refuses an unknown name, a parameter the measure does not take, and a
 * measure whose value type does not fit its rule (a ladder or per-occurrence rule needs a
 * number). Immutable and thread-safe.
 *
 * <p>The built-in measures ({@link #builtIn()}) read the evidence kinds of the seed, the Wujin
 * district education bureau's 2020 work points; each names its clause.
 */
public final class MeasureRegistry {
  private static final LocalizedText PERSONS = LocalizedText.of("人", "persons");
  private static final LocalizedText TIMES = LocalizedText.of("次", "times");
  private static final LocalizedText ITEMS = LocalizedText.of("项", "items");
  private static final LocalizedText YES_NO = LocalizedText.of("是/否", "yes/no");
  private static final MeasureRegistry BUILT_IN = new MeasureRegistry(builtInMeasures());

  private final ImmutableMap<MeasureName, Measure> measures;

  private MeasureRegistry(Collection<Measure> measures) {
    ImmutableMap.Builder<MeasureName, Measure> b = ImmutableMap.builder();
    measures.forEach(m -> b.put(m.getName(), m));
    this.measures = b.buildOrThrow();
  }

  /**
   * The built-in measures.
   *
   * @return the shared registry
   */
  public static MeasureRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in measures plus more.
   *
   * @param extra further measures, with names not already registered
   * @return a new registry
   * @throws IllegalArgumentException if a name is registered twice
   */
  public MeasureRegistry with(Collection<Measure> extra) {
    List<Measure> all = new ArrayList<>(measures.values());
    all.addAll(extra);
    return new MeasureRegistry(all);
  }

  /**
   * Finds a measure.
   *
   * @param name the name
   * @return the measure, or empty when unknown
   */
  public Optional<Measure> find(MeasureName name) {
    return Optional.ofNullable(measures.get(name));
  }

  /**
   * Every measure, by name.
   *
   * @return the measures, sorted by name
   */
  public List<Measure> all() {
    return measures.values().stream()
        .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
  }

  /**
   * Checks every measure reference of a standard.
   *
   * @param standard the standard, not null
   * @return the findings (unknown measure, parameter not accepted, value type unfit), each at the
   *     criterion's code; empty when all is well
   */
  public List<Problem> check(Standard standard) {
    return check(standard.getDimensions());
  }

  /**
   * Checks every measure reference of a criterion tree that is not (yet) a standard, such as the
   * dimensions of a standard refused for other findings, so that all findings come at once.
   *
   * @param dimensions the top-level criteria, not null
   * @return the findings, each at the criterion's code; empty when all is well
   */
  public List<Problem> check(List<Criterion> dimensions) {
    List<Problem> out = new ArrayList<>();
    dimensions.stream().flatMap(Criterion::selfAndDescendants)
        .forEach(c -> c.getRule().ifPresent(r -> checkRule(c, r, out)));
    return out;
  }

  private void checkRule(Criterion c, ScoringRule rule, List<Problem> out) {
    for (MeasureRef ref : refs(rule)) {
      Location loc = Location.criterion(c.getCode());
      Optional<Measure> m = find(ref.name());
      if (m.isEmpty()) {
        out.add(Problem.of(ProblemCode.STANDARD_UNKNOWN_MEASURE, loc, String.valueOf(ref.name()), String.valueOf(c.getCode()),
            String.valueOf(ref.name())));
        continue;
      }
      Set<MeasureParameter> extra = EnumSet.noneOf(MeasureParameter.class);
      extra.addAll(ref.parameters().given());
      extra.removeAll(m.get().getAccepted());
      if (!extra.isEmpty()) {
        out.add(Problem.of(ProblemCode.STANDARD_MEASURE_PARAMETER, loc, String.valueOf(extra), String.valueOf(c.getCode()),
            String.valueOf(ref.name()), String.valueOf(extra)));
      }
      boolean needsNumber = rule instanceof ThresholdLadder || rule instanceof PerOccurrence
          || rule instanceof TieredCredit;
      if (needsNumber && !m.get().getType().isNumeric()) {
        out.add(Problem.of(ProblemCode.STANDARD_MEASURE_TYPE, loc, String.valueOf(ref.name()), String.valueOf(c.getCode()),
            String.valueOf(ref.name()), String.valueOf(m.get().getType())));
      }
    }
  }

  /**
   * The measure references of a rule, in the order they appear.
   *
   * @param rule the rule
   * @return its references; empty for a judgement
   */
  public static List<MeasureRef> refs(ScoringRule rule) {
    if (rule instanceof AllOrNothing a) {
      return List.of(a.condition().measure());
    } else if (rule instanceof PerOccurrence p) {
      return List.of(p.measure());
    } else if (rule instanceof ThresholdLadder l) {
      return List.of(l.measure());
    } else if (rule instanceof TieredCredit t) {
      return List.of(t.measure());
    } else if (rule instanceof Deduction d) {
      return d.deficiencies().stream().map(Deficiency::measure).toList();
    } else if (rule instanceof Veto v) {
      return List.of(v.triggeredWhen().measure());
    }
    return List.of();
  }

  // ---------------------------------------------------------------- built-in measures

  private static List<Measure> builtInMeasures() {
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
    m.add(count("documents.count", ITEMS, "DESIGN.md evidence table", Set.of(DOCUMENT_KINDS, WITHIN_YEAR),
        (ev, p) -> ev.all(DocumentRecord.class)
            .filter(s -> passes(p.getDocumentKinds(), s.kind())).count()));
    m.add(count("designations.count", ITEMS, "DESIGN.md glossary (称号/认定)",
        Set.of(DESIGNATION_KINDS, MIN_LEVEL),
        (ev, p) -> ev.all(DesignationHeld.class)
            .filter(s -> passes(p.getDesignationKinds(), s.kind()) && p.levelPasses(s.level()))
            .count()));
    m.add(count("incidents.count", TIMES, "DESIGN.md Settled semantics: Veto",
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
