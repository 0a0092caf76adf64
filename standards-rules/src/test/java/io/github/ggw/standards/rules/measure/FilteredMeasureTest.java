package io.github.ggw.standards.rules.measure;

import static io.github.ggw.standards.model.rule.FilterOperator.AT_LEAST;
import static io.github.ggw.standards.model.rule.FilterOperator.AT_MOST;
import static io.github.ggw.standards.model.rule.FilterOperator.EQUALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.standard.CriterionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Filtered measures over a hand-made evidence set (assessment year 2022), one filter on each
 * comparable field type; every expected value is counted by hand from the table below.
 *
 * <pre>
 * activities  kind            date        level     participants award
 *   A1        SPEECH_CONTEST  2022-03-10  CITY      40           SECOND_PRIZE
 *   A2        RECITATION      2022-05-20  DISTRICT  25           THIRD_PRIZE
 *   A3        RECITATION      2022-09-01  PROVINCE  60           FIRST_PRIZE
 *   A4        SHORT_VIDEO     2022-11-11  CITY      10           NONE
 *   A5        SPEECH_CONTEST  2021-12-30  NATIONAL  80           FIRST_PRIZE   (year 2021)
 * trainings   kind      date        hours  attendees topic
 *   T1        STUDY     2022-02-01  1.5    30        政策学习
 *   T2        TRAINING  2022-06-01  2.25   12        骨干培训
 *   T3        STUDY     2022-10-01  3      45        政策学习
 *   T4        STUDY     2021-05-01  4      50        往年学习          (year 2021)
 * elders      ref  category  tier         retiredTeacher  joined
 *   E1        E1   TEACHER   CORE         true            2015-09-01
 *   E2        E2   VETERAN   BACKBONE     false           2019-03-01
 *   E3        E3   TEACHER   PARTICIPANT  true            2023-01-10  (standing: counts)
 * organisation: annual funding 12000.50 yuan, 9 members
 * </pre>
 */
class FilteredMeasureTest {
  private static final List<Evidence> EVIDENCE = List.of(
      activity(ActivityKind.SPEECH_CONTEST, "2022-03-10", Level.CITY, 40, Award.SECOND_PRIZE, "春季演讲"),
      activity(ActivityKind.RECITATION, "2022-05-20", Level.DISTRICT, 25, Award.THIRD_PRIZE, "诵读"),
      activity(ActivityKind.RECITATION, "2022-09-01", Level.PROVINCE, 60, Award.FIRST_PRIZE, "省诵读"),
      activity(ActivityKind.SHORT_VIDEO, "2022-11-11", Level.CITY, 10, Award.NONE, "微视频"),
      activity(ActivityKind.SPEECH_CONTEST, "2021-12-30", Level.NATIONAL, 80, Award.FIRST_PRIZE, "去年演讲"),
      training(TrainingKind.STUDY, "2022-02-01", "1.5", 30, "政策学习"),
      training(TrainingKind.TRAINING, "2022-06-01", "2.25", 12, "骨干培训"),
      training(TrainingKind.STUDY, "2022-10-01", "3", 45, "政策学习"),
      training(TrainingKind.STUDY, "2021-05-01", "4", 50, "往年学习"),
      new ElderMember(ElderRef.of("E1"), ElderCategory.TEACHER, Tier.CORE, true, LocalDate.parse("2015-09-01")),
      new ElderMember(ElderRef.of("E2"), ElderCategory.VETERAN, Tier.BACKBONE, false, LocalDate.parse("2019-03-01")),
      new ElderMember(ElderRef.of("E3"), ElderCategory.TEACHER, Tier.PARTICIPANT, true, LocalDate.parse("2023-01-10")),
      new Organisation(true, 9, 3, true, false, new BigDecimal("12000.50"), true));
  private static final EvidenceInYear YEAR = EvidenceInYear.of(2022, EVIDENCE);

  private static ThemedActivity activity(ActivityKind kind, String date, Level level, int people,
      Award award, String title) {
    return new ThemedActivity(kind, LocalDate.parse(date), level, people, award, title);
  }

  private static TrainingSession training(TrainingKind kind, String date, String hours,
      int attendees, String topic) {
    return new TrainingSession(kind, LocalDate.parse(date), new BigDecimal(hours), attendees,
        topic);
  }

  private static BigDecimal value(EvidenceQuery q) {
    return FilteredMeasure.of(q).apply(YEAR);
  }

  private static EvidenceFilter f(String field, FilterOperator op, String value) {
    return EvidenceFilter.of(field, op, value);
  }

  @Test
  void aFilterOnAWholeNumber() {
    // participants >= 25 in 2022: A1 (40), A2 (25), A3 (60) = 3; A4 (10) no, A5 is 2021
    assertThat(value(EvidenceQuery.count("activity", f("participants", AT_LEAST, "25"))))
        .isEqualByComparingTo("3");
    // attendees <= 30: T1 (30), T2 (12) = 2
    assertThat(value(EvidenceQuery.count("training", f("attendees", AT_MOST, "30"))))
        .isEqualByComparingTo("2");
    // participants = 25: A2 only
    assertThat(value(EvidenceQuery.count("activity", f("participants", EQUALS, "25"))))
        .isEqualByComparingTo("1");
  }

  @Test
  void aFilterOnADecimalAndItsSum() {
    // hours >= 2.25: T2 (2.25), T3 (3) = 2
    assertThat(value(EvidenceQuery.count("training", f("hours", AT_LEAST, "2.25"))))
        .isEqualByComparingTo("2");
    // hours = 3.00 equals 3 by value: T3
    assertThat(value(EvidenceQuery.count("training", f("hours", EQUALS, "3.00"))))
        .isEqualByComparingTo("1");
    // sum of hours in 2022: 1.5 + 2.25 + 3 = 6.75, in hours
    FilteredMeasure hours = FilteredMeasure.of(EvidenceQuery.sum("training", "hours"));
    assertThat(hours.apply(YEAR)).isEqualByComparingTo("6.75");
    assertThat(hours.type()).isEqualTo(MeasureType.HOURS);
  }

  @Test
  void aFilterOnYuan() {
    // funding 12000.50 >= 12000.5: 1; >= 12000.51: 0
    assertThat(value(EvidenceQuery.count("organisation",
        f("annualFundingYuan", AT_LEAST, "12000.5")))).isEqualByComparingTo("1");
    assertThat(value(EvidenceQuery.count("organisation",
        f("annualFundingYuan", AT_LEAST, "12000.51")))).isEqualByComparingTo("0");
    FilteredMeasure funding = FilteredMeasure.of(EvidenceQuery.sum("organisation",
        "annualFundingYuan"));
    assertThat(funding.apply(YEAR)).isEqualByComparingTo("12000.50");
    assertThat(funding.type()).isEqualTo(MeasureType.YUAN);
  }

  @Test
  void aFilterOnADate() {
    // date >= 2022-05-20 (on or after): A2, A3, A4 = 3
    assertThat(value(EvidenceQuery.count("activity", f("date", AT_LEAST, "2022-05-20"))))
        .isEqualByComparingTo("3");
    // date <= 2022-05-20 (on or before) in 2022: A1, A2 = 2 (A5 is outside the year)
    assertThat(value(EvidenceQuery.count("activity", f("date", AT_MOST, "2022-05-20"))))
        .isEqualByComparingTo("2");
    // the same without the year: A1, A2, A5 = 3
    assertThat(value(EvidenceQuery.count("activity", f("date", AT_MOST, "2022-05-20"))
        .withinYear(false))).isEqualByComparingTo("3");
    // elders (standing) who joined on or before 2022-12-31: E1, E2 = 2
    assertThat(value(EvidenceQuery.count("elder", f("joined", AT_MOST, "2022-12-31"))))
        .isEqualByComparingTo("2");
  }

  @Test
  void aFilterOnAFlag() {
    // retired teachers: E1, E3 = 2 (E3 joined after the year, a standing fact that counts)
    assertThat(value(EvidenceQuery.count("elder", f("retiredTeacher", EQUALS, "true"))))
        .isEqualByComparingTo("2");
    assertThat(value(EvidenceQuery.count("elder", f("retiredTeacher", EQUALS, "false"))))
        .isEqualByComparingTo("1");
  }

  @Test
  void orderedEnumsCompareByTheirOrderNotByName() {
    // level >= DISTRICT by order (SCHOOL < DISTRICT < CITY < PROVINCE < NATIONAL):
    // A1 CITY, A2 DISTRICT, A3 PROVINCE, A4 CITY = 4 (by name it would be DISTRICT, PROVINCE = 2)
    assertThat(value(EvidenceQuery.count("activity", f("level", AT_LEAST, "DISTRICT"))))
        .isEqualByComparingTo("4");
    // level >= CITY: A1, A3, A4 = 3; with every year A5 (NATIONAL, 2021) too = 4
    assertThat(value(EvidenceQuery.count("activity", f("level", AT_LEAST, "CITY"))))
        .isEqualByComparingTo("3");
    assertThat(value(EvidenceQuery.count("activity", f("level", AT_LEAST, "CITY"))
        .withinYear(false))).isEqualByComparingTo("4");
    // award <= THIRD_PRIZE (NONE < HONOURABLE_MENTION < THIRD_PRIZE < …): A2, A4 = 2
    assertThat(value(EvidenceQuery.count("activity", f("award", AT_MOST, "THIRD_PRIZE"))))
        .isEqualByComparingTo("2");
  }

  @Test
  void anUnorderedEnumAndTheDesignsExample() {
    // kind in (SPEECH_CONTEST, RECITATION) in 2022: A1, A2, A3 = 3
    EvidenceFilter kinds = EvidenceFilter.oneOf("kind", "SPEECH_CONTEST", "RECITATION");
    assertThat(value(EvidenceQuery.count("activity", kinds))).isEqualByComparingTo("3");
    // and level >= CITY: A1 (CITY), A3 (PROVINCE) = 2; A2 is DISTRICT
    assertThat(value(EvidenceQuery.count("activity", f("level", AT_LEAST, "CITY"), kinds)
        .withinYear(true))).isEqualByComparingTo("2");
  }

  @Test
  void textEqualsAndOneOf() {
    // topic = 政策学习 in 2022: T1, T3 = 2
    assertThat(value(EvidenceQuery.count("training", f("topic", EQUALS, "政策学习"))))
        .isEqualByComparingTo("2");
    // topic in (骨干培训, 往年学习): T2 = 1 in 2022, T2 and T4 = 2 in every year
    EvidenceFilter topics = EvidenceFilter.oneOf("topic", "骨干培训", "往年学习");
    assertThat(value(EvidenceQuery.count("training", topics))).isEqualByComparingTo("1");
    assertThat(value(EvidenceQuery.count("training", topics).withinYear(false)))
        .isEqualByComparingTo("2");
  }

  @Test
  void distinctCountsDifferentValues() {
    // kinds of activity in 2022: SPEECH_CONTEST, RECITATION, SHORT_VIDEO = 3
    assertThat(value(EvidenceQuery.distinct("activity", "kind"))).isEqualByComparingTo("3");
    // different topics in 2022: 政策学习, 骨干培训 = 2
    assertThat(value(EvidenceQuery.distinct("training", "topic"))).isEqualByComparingTo("2");
    // different elder categories: TEACHER, VETERAN = 2
    assertThat(value(EvidenceQuery.distinct("elder", "category"))).isEqualByComparingTo("2");
  }

  @Test
  void withinYearDefaultsToTrueForDatedKindsAndStandingKindsAlwaysCount() {
    // trainings: default = true: T1, T2, T3 = 3; false: + T4 = 4
    assertThat(value(EvidenceQuery.count("training"))).isEqualByComparingTo("3");
    assertThat(value(EvidenceQuery.count("training").withinYear(true)))
        .isEqualByComparingTo("3");
    assertThat(value(EvidenceQuery.count("training").withinYear(false)))
        .isEqualByComparingTo("4");
    // elders are standing: 3 whatever withinYear says
    assertThat(value(EvidenceQuery.count("elder"))).isEqualByComparingTo("3");
    assertThat(value(EvidenceQuery.count("elder").withinYear(true))).isEqualByComparingTo("3");
    // the view of every year gives the same value: withinYear decides, not the view
    assertThat(FilteredMeasure.of(EvidenceQuery.count("training")).apply(YEAR.anyYear()))
        .isEqualByComparingTo("3");
  }

  @Test
  void theLabelSaysWhatIsCounted() {
    FilteredMeasure m = FilteredMeasure.of(EvidenceQuery.count("activity",
        f("level", AT_LEAST, "CITY")).withinYear(false));
    assertThat(m.label().en()).contains("count").contains("level ≥ CITY").contains("any year");
    assertThat(m.label().zh()).contains("计数").contains("level ≥ CITY").contains("不限年度");
    assertThat(m.type()).isEqualTo(MeasureType.COUNT);
  }

  // ---------------------------------------------------------------- checks at load

  private static final CriterionCode ITEM = CriterionCode.of("2.1");

  private static List<Problem> check(EvidenceQuery q) {
    return FilteredMeasure.check(q, ITEM);
  }

  @Test
  void anUnknownKindIsAFindingWithTheClosestKinds() {
    List<Problem> p = check(EvidenceQuery.count("activty"));
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.getCode()).isEqualTo(ProblemCode.STANDARD_FILTER_KIND);
      assertThat(x.getLocation()).isEqualTo(Location.criterion(ITEM));
      assertThat(x.getMessage(Locale.ROOT)).contains("activty").contains("closest kinds: activity");
      assertThat(x.getMessage(Problem.ZH_CN)).contains("佐证种类").contains("“activity”");
    });
  }

  @Test
  void unknownFieldsOperatorsAndValuesAreAllFoundAtOnce() {
    EvidenceQuery q = EvidenceQuery.count("activity",
        f("levl", AT_LEAST, "CITY"),                          // unknown field
        f("kind", AT_LEAST, "RECITATION"),                    // unordered enum: equality only
        f("level", EQUALS, "CTY"),                            // not a constant
        f("participants", AT_LEAST, "2.5"),                   // not a whole number
        f("date", AT_LEAST, "2022/05/01"),                    // not YYYY-MM-DD
        f("title", AT_MOST, "x"));                            // text: equality only
    List<Problem> p = check(q);
    assertThat(p).extracting(Problem::getCode).containsExactly(
        ProblemCode.STANDARD_FILTER_FIELD, ProblemCode.STANDARD_FILTER_OPERATOR,
        ProblemCode.STANDARD_FILTER_VALUE, ProblemCode.STANDARD_FILTER_VALUE,
        ProblemCode.STANDARD_FILTER_VALUE, ProblemCode.STANDARD_FILTER_OPERATOR);
    assertThat(p.get(0).getMessage(Locale.ROOT)).contains("no field levl")
        .contains("closest fields: level");
    assertThat(p.get(1).getMessage(Locale.ROOT)).contains("activity.kind").contains("found atLeast")
        .contains("expected one of: equals, oneOf");
    assertThat(p.get(2).getMessage(Locale.ROOT)).contains("gives CTY")
        .contains("SCHOOL, DISTRICT, CITY, PROVINCE, NATIONAL").contains("closest: CITY");
    assertThat(p.get(2).getMessage(Problem.ZH_CN)).contains("“CTY”").contains("应为");
    assertThat(p.get(4).getMessage(Locale.ROOT)).contains("YYYY-MM-DD");
    assertThat(p).allSatisfy(x -> assertThat(x.getLocation()).isEqualTo(Location.criterion(ITEM)));
  }

  @Test
  void aFlagTakesEqualsTrueOrFalseOnly() {
    List<Problem> p = check(EvidenceQuery.count("elder", f("retiredTeacher", AT_LEAST, "true"),
        f("retiredTeacher", EQUALS, "yes"), EvidenceFilter.oneOf("retiredTeacher", "true")));
    assertThat(p).extracting(Problem::getCode).containsExactly(
        ProblemCode.STANDARD_FILTER_OPERATOR, ProblemCode.STANDARD_FILTER_VALUE,
        ProblemCode.STANDARD_FILTER_OPERATOR);
    assertThat(p.get(0).getMessage(Locale.ROOT)).contains("FLAG").contains("expected one of: equals");
  }

  @Test
  void ofMustFitTheAggregate() {
    // a sum without of; a count with of; a sum of a field that is not a number; distinct of
    // an unknown field
    EvidenceQuery noOf = new EvidenceQuery(io.github.ggw.standards.model.rule.QueryAggregate.SUM,
        "training", java.util.Optional.empty(), List.of(), java.util.Optional.empty());
    assertThat(check(noOf)).singleElement().satisfies(x -> {
      assertThat(x.getCode()).isEqualTo(ProblemCode.STANDARD_FILTER_OF);
      assertThat(x.getMessage(Locale.ROOT)).contains("sum training").contains("hours, attendees");
    });
    EvidenceQuery countOf = new EvidenceQuery(
        io.github.ggw.standards.model.rule.QueryAggregate.COUNT, "training",
        java.util.Optional.of("hours"), List.of(), java.util.Optional.empty());
    assertThat(check(countOf)).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_FILTER_OF);
    assertThat(check(EvidenceQuery.sum("activity", "level"))).singleElement()
        .satisfies(x -> assertThat(x.getMessage(Locale.ROOT)).contains("of = level")
            .contains("participants"));
    assertThat(check(EvidenceQuery.distinct("activity", "kindd"))).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_FILTER_FIELD);
    assertThat(check(EvidenceQuery.distinct("activity", "title"))).isEmpty();
  }

  @Test
  void aQueryWithFindingsIsNotCompiled() {
    assertThatThrownBy(() -> FilteredMeasure.of(EvidenceQuery.count("activty")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STANDARD_FILTER_KIND");
  }
}
