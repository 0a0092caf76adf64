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

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The catalogue of built-in measures (内置度量目录): each measure's name, label, value type, unit,
 * monotonicity, evidence kind read, source clause (and why, when modelled), accepted parameters and function over the evidence of the seed's
 * kinds (the Wujin district education bureau's 2020 work points). {@link
 * MeasureRegistry#builtIn()} resolves and checks them; this class only lists them.
 *
 * <p>The measures over records (elders, trainings, activities, care carriers, support, mentoring,
 * research, publicity, documents, designations, incidents) run on the engine of filtered
 * measures ({@link FilteredMeasure}): each translates its parameters into filters ({@code
 * activityKinds} into {@code kind oneOf …}, {@code minLevel} into {@code level atLeast …}) and
 * its {@code withinYear}. The six organisation measures read the one organisation record
 * directly, the first when there are several (a second is the error {@code EVIDENCE_CONFLICT}).
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
    m.add(describe(flag("organisation.chairIsUnitHead", "seed §一.2", Organisation::chairIsUnitHead),
        "单位主要领导任关工委主任", "the unit's head chairs the committee", "organisation", null));
    m.add(describe(flag("organisation.inAnnualPlan", "seed §一.4 (modelled)", Organisation::inAnnualPlan),
        "关工委工作纳入单位年度计划", "committee work is in the unit's annual plan", "organisation", LocalizedText.of("种子 §一.4 要求制定五年行动计划并逐年落实，未给出度量；按“纳入年度计划”是/否读取为模拟建模",
            "seed §一.4 asks for a five-year action plan carried out year by year and gives no measure; reading it as yes/no for the annual plan is modelled")));
    m.add(describe(flag("organisation.hasOfficeAndRoom", "seed §四 (modelled)",
        o -> o.hasOffice() && o.hasActivityRoom()),
        "有办公室和活动室", "an office and an activity room", "organisation", LocalizedText.of("种子 §四 要求保障工作条件，未给出度量；按办公室和活动室是/否读取为模拟建模",
            "seed §四 asks for working conditions and gives no measure; reading them as an office and an activity room is modelled")));
    m.add(describe(Measure.of("organisation.fundingYuan", MeasureType.YUAN, LocalizedText.of("元", "yuan"),
        false, "seed §四 (modelled)", Set.of(),
        (ev, p) -> organisation(ev).map(Organisation::annualFundingYuan).orElse(BigDecimal.ZERO)),
        "年度工作经费", "annual funding", "organisation", LocalizedText.of("种子 §四 要求保障工作经费，未给出数额；按年度经费（元）读取为模拟建模",
            "seed §四 asks for funding and gives no amount; reading the annual funding in yuan is modelled")));
    m.add(describe(orgCount("organisation.members", Organisation::members, "seed §一.2"),
        "关工委成员人数", "committee members", "organisation", null));
    m.add(describe(orgCount("organisation.workingTeamElders", Organisation::workingTeamElders,
        "seed §二.3"),
        "工作团队中的五老人数", "elders in the working team", "organisation", null));
    m.add(describe(query("elders.count", PERSONS, "seed §二.3, §四.2", Set.of(TIERS, ELDER_CATEGORIES),
        p -> (EvidenceQuery.count("elder",
            where(in("tier", p.getTiers()), in("category", p.getElderCategories()))))),
        "五老名册人数", "elders on the roster", "elder", null));
    m.add(describe(query("elders.retiredTeachers", PERSONS, "seed §四.2", Set.of(TIERS),
        p -> (EvidenceQuery.count("elder", where(
            Optional.of(EvidenceFilter.of("retiredTeacher", FilterOperator.EQUALS, "true")),
            in("tier", p.getTiers()))))),
        "名册中的退休教师人数", "retired teachers on the roster", "elder", null));
    m.add(describe(query("trainings.count", TIMES, "seed §一.1–3", Set.of(TRAINING_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.count("training",
            where(in("kind", p.getTrainingKinds()))), p))),
        "学习培训次数", "study and training sessions", "training", null));
    m.add(describe(Measure.ofQuery("trainings.hours", MeasureType.HOURS, LocalizedText.of("小时", "hours"),
        true, "seed §一.2", Set.of(TRAINING_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.sum("training", "hours",
            where(in("kind", p.getTrainingKinds()))), p))),
        "学习培训时长", "hours of study and training", "training", null));
    m.add(describe(query("activities.count", TIMES, "seed §二.1–4, §三.2",
        Set.of(ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR),
        p -> (year(EvidenceQuery.count("activity", activityFilters(p)), p))),
        "主题活动次数", "themed activities and competitions", "activity", null));
    m.add(describe(query("activities.distinctKinds", ITEMS, "seed §二.1",
        Set.of(ACTIVITY_KINDS, MIN_LEVEL, MIN_AWARD, WITHIN_YEAR),
        p -> (year(EvidenceQuery.distinct("activity", "kind",
            activityFilters(p)), p))),
        "主题活动种类数", "kinds of themed activity", "activity", null));
    m.add(describe(query("careCarriers.count", ITEMS, "seed §三.3", Set.of(CARE_CARRIER_KINDS),
        p -> (EvidenceQuery.distinct("care-carrier", "kind",
            where(in("kind", p.getCareCarrierKinds()))))),
        "关爱载体种类数", "kinds of care carrier", "care-carrier", null));
    m.add(describe(query("careCarriers.sessions", TIMES, "seed §三.3", Set.of(CARE_CARRIER_KINDS),
        p -> (EvidenceQuery.sum("care-carrier", "sessionsHeld",
            where(in("kind", p.getCareCarrierKinds()))))),
        "关爱载体活动次数", "sessions held by care carriers", "care-carrier", null));
    m.add(describe(query("support.pupils", PERSONS, "seed §三.3", Set.of(DIFFICULTY_KINDS),
        p -> (EvidenceQuery.sum("difficulty-support", "pupilsSupported",
            where(in("kind", p.getDifficultyKinds()))))),
        "帮扶三困生人数", "pupils in difficulty supported", "difficulty-support", null));
    m.add(describe(query("support.vulnerableYouths", PERSONS, "seed §三.4", Set.of(VULNERABILITY_KINDS),
        p -> (EvidenceQuery.sum("vulnerability-support", "youthsHelped",
            where(in("kind", p.getVulnerabilityKinds()))))),
        "帮扶五失青少年人数", "vulnerable young people helped", "vulnerability-support", null));
    m.add(describe(query("mentoring.count", ITEMS, "seed §三.2–3", Set.of(MENTORING_KINDS),
        p -> (EvidenceQuery.sum("mentoring", "count",
            where(in("kind", p.getMentoringKinds()))))),
        "青蓝结对与工作室数", "mentoring pairs and studios", "mentoring", null));
    m.add(describe(query("research.count", ITEMS, "seed §四.1", Set.of(RESEARCH_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.count("research",
            where(in("kind", p.getResearchKinds()))), p))),
        "调研成果数", "research outputs", "research", null));
    m.add(describe(query("publicity.count", ITEMS, "seed §四.3", Set.of(PUBLICITY_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.sum("publicity", "count",
            where(in("kind", p.getPublicityKinds()))), p))),
        "宣传报道数", "publicity records (newsletter issues, news reports)", "publicity", null));
    m.add(describe(query("documents.count", ITEMS, "modelled", Set.of(DOCUMENT_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.count("document",
            where(in("kind", p.getDocumentKinds()))), p))),
        "佐证文件数", "supporting documents", "document", LocalizedText.of("种子无此条款；按本项目的佐证种类建模，供各项引用佐证文件",
            "the seed has no such clause; modelled on the project's evidence kinds, so that items can cite supporting documents")));
    m.add(describe(query("designations.count", ITEMS, "modelled",
        Set.of(DESIGNATION_KINDS, MIN_LEVEL),
        p -> (EvidenceQuery.count("designation",
            where(in("kind", p.getDesignationKinds()), atLeast("level", p.getMinLevel()))))),
        "已获称号数", "designations held", "designation", LocalizedText.of("种子无此条款；称号与认定按本项目的术语建模",
            "the seed has no such clause; designations and recognitions are modelled on the project's glossary")));
    m.add(describe(query("incidents.count", TIMES, "modelled",
        Set.of(INCIDENT_KINDS, WITHIN_YEAR),
        p -> (year(EvidenceQuery.count("incident",
            where(in("kind", p.getIncidentKinds()))), p))),
        "事故事件数", "incidents (safety incident, concealment, serious violation)", "incident", LocalizedText.of("种子无此条款；一票否决的条件按本项目的评分语义建模",
            "the seed has no such clause; the veto conditions are modelled on the project's scoring semantics")));
    return m;
  }

  private static Measure describe(
      Measure m, String zh, String en, String kind, LocalizedText note) {
    return m.describedAs(LocalizedText.of(zh, en), kind, note);
  }

  // ---- the measures over records, on the engine of filtered measures

  /** A dated kind's query with the parameters' {@code withinYear} (default true). */
  private static EvidenceQuery year(EvidenceQuery q, MeasureParameters p) {
    return q.withinYear(p.isCountingOnlyTheYear());
  }

  /** The filters of the activity measures: kinds, lowest level, lowest award. */
  private static EvidenceFilter[] activityFilters(MeasureParameters p) {
    return where(in("kind", p.getActivityKinds()), atLeast("level", p.getMinLevel()),
        atLeast("award", p.getMinAward()));
  }

  /** {@code field oneOf kinds}, or nothing when the set is empty (every kind). */
  private static <E extends Enum<E>> Optional<EvidenceFilter> in(String field, Set<E> kinds) {
    return kinds.isEmpty() ? Optional.empty() : Optional.of(new EvidenceFilter(field,
        FilterOperator.ONE_OF, kinds.stream().sorted().map(Enum::name).toList()));
  }

  /** {@code field atLeast min} (an ordered enumeration), or nothing when there is no minimum. */
  private static Optional<EvidenceFilter> atLeast(String field, Optional<? extends Enum<?>> min) {
    return min.map(m -> EvidenceFilter.of(field, FilterOperator.AT_LEAST, m.name()));
  }

  @SafeVarargs
  private static EvidenceFilter[] where(Optional<EvidenceFilter>... filters) {
    return Arrays.stream(filters).flatMap(Optional::stream).toArray(EvidenceFilter[]::new);
  }

  private static Optional<Organisation> organisation(EvidenceInYear ev) {
    List<Organisation> records = ev.list(Organisation.class);
    return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
  }

  /** A count measure on the engine of filtered measures, its query chosen by the parameters. */
  private static Measure query(
      String name,
      LocalizedText unit,
      String source,
      Set<MeasureParameter> accepted,
      Function<MeasureParameters, EvidenceQuery> q) {
    return Measure.ofQuery(name, MeasureType.COUNT, unit, true, source, accepted, q);
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
