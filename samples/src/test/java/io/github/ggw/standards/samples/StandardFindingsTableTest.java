package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.problem.Concern;
import io.github.ggw.standards.model.problem.LocationFormat;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.sheets.BrokenSheets;
import io.github.ggw.standards.sheets.StandardsCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of every finding code of a standard's checks (the concern STANDARD): one row per
 * code and input form, each a small valid standard ({@link #BASE_JSON}, {@link BrokenSheets#BASE}
 * for CSV, {@link #BASE_PROFILE} for a profile of the JSON one) with one change, run through the
 * public API and through {@code standards check-standard FILE} in zh-CN and with {@code --lang en}.
 * Each row gives, computed by hand, the place of the finding (JSON pointer, line and column; for
 * CSV the line and the column's number), the item it concerns, the value found, and words that the
 * Chinese and the English message must hold: what was found and what was expected, in the names the
 * author writes (maxPoints, pointsEach, claimStep…).
 *
 * <p>To add a code, add a row to {@link #rows()}: {@link #everyStandardCodeHasARow()} fails until
 * every code of the concern STANDARD has one.
 */
class StandardFindingsTableTest {

  /**
   * Nominal 10 = 1 (1.1 all-or-nothing 3 + 1.2 ladder 3) + 2 (2.1 per occurrence 2 + 2.2 counted
   * deduction 2); bonus B1 1 (reads the fact {@code plan}) under a cap of 1; veto V1; bands
   * 0/6/8; threshold 9; highest total 10 + 1 = 11. Every member a row changes starts a line of
   * its own or is preceded only by ASCII text, so columns are counted in characters.
   */
  static final String BASE_JSON = """
      {"kind": "standard", "formatVersion": 1, "id": "t", "version": "2022.1",
        "title": {"zh": "测试表", "en": "Test sheet"}, "issuer": {"zh": "测试机关", "en": "Test issuer"},
        "effectiveFrom": "2022-01-01",
        "applicableUnitTypes": ["PRIMARY", "KINDERGARTEN"],
        "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
        "bonusCap": 1,
        "certificationThreshold": 9,
        "rounding": "HALF_UP",
        "ratingBands": [{"rating": "FAIL", "lowerBound": 0}, {"rating": "PASS", "lowerBound": 6}, {"rating": "GOOD", "lowerBound": 8}],
        "facts": [{"code": "plan", "title": {"zh": "有计划", "en": "has a plan"}, "type": "FLAG",
          "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"}}],
        "dimensions": [
          {"code": "1", "title": {"zh": "组织", "en": "Organisation"},
            "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
            "maxPoints": 6,
            "children": [
              {"code": "1.1", "title": {"zh": "计划", "en": "Plan"},
                "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
                "maxPoints": 3,
                "rule": {"type": "all-or-nothing", "condition": {"measure": {"name": "organisation.inAnnualPlan"}, "comparison": "AT_LEAST", "bound": 1}}},
              {"code": "1.2", "title": {"zh": "培训", "en": "Training"},
                "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
                "maxPoints": 3,
                "rule": {"type": "threshold-ladder", "measure": {"name": "trainings.count"}, "rungs": [{"atLeast": 4, "points": 3}, {"atLeast": 2, "points": 1.5}]}}]},
          {"code": "2", "title": {"zh": "活动", "en": "Activities"},
            "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
            "maxPoints": 4,
            "children": [
              {"code": "2.1", "title": {"zh": "活动", "en": "Activities"},
                "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
                "maxPoints": 2,
                "rule": {"type": "per-occurrence", "measure": {"name": "activities.count"}, "pointsEach": 1}},
              {"code": "2.2", "title": {"zh": "质量", "en": "Quality"},
                "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
                "maxPoints": 2,
                "rule": {"type": "counted-deduction", "deficiencies": [{"code": "D1", "reason": {"zh": "记录不全", "en": "records incomplete"}, "pointsEach": 1}]}}]},
          {"code": "B1", "title": {"zh": "加分", "en": "Bonus"},
            "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
            "kind": "BONUS",
            "maxPoints": 1,
            "rule": {"type": "all-or-nothing", "condition": {"measure": {"name": "fact.plan"}, "comparison": "EQUALS", "values": ["true"]}}},
          {"code": "V1", "title": {"zh": "否决", "en": "Veto"},
            "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"},
            "kind": "VETO",
            "maxPoints": 0,
            "rule": {"type": "veto", "triggeredWhen": {"measure": {"name": "incidents.count"}, "comparison": "AT_LEAST", "bound": 1}}}]}
      """;

  /** A kindergarten profile of {@link #BASE_JSON} that drops 2.1. */
  static final String BASE_PROFILE = """
      {"kind": "profile", "formatVersion": 1, "id": "t-kg", "version": "2022.1",
        "title": {"zh": "幼儿园版", "en": "Kindergarten profile"},
        "base": "t",
        "baseVersion": "2022.1",
        "unitType": "KINDERGARTEN",
        "exclude": ["2.1"],
        "source": {"document": "《测试》", "clause": "§1", "status": "MODELLED", "note": "t"}}
      """;

  /** The input form a row changes. */
  enum Form { JSON, CSV, PROFILE }

  /**
   * One row: a code, the form changed, the changes (pairs of text found once in the base and its
   * replacement), and what the finding must show.
   *
   * @param pointer the JSON pointer (JSON and profile rows), or null for CSV
   * @param line the 1-based line of the finding
   * @param column the 1-based column (JSON: character; CSV: the column's number), 0 for a
   *     finding about a whole line
   * @param item the item code the finding names, or null when it is not about an item
   * @param value the value found (the problem's offending value), null when there is none
   * @param zh words the Chinese message holds
   * @param en words the English message holds
   */
  record Row(ProblemCode code, Form form, List<String> changes, String pointer, int line,
      int column, String item, String value, String zh, String en) {
    String base() {
      return switch (form) {
        case JSON -> BASE_JSON;
        case CSV -> BrokenSheets.BASE;
        case PROFILE -> BASE_PROFILE;
      };
    }

    String changed() {
      String s = base();
      for (int i = 0; i < changes.size(); i += 2) {
        s = s.replace(changes.get(i), changes.get(i + 1));
      }
      return s;
    }

    @Override
    public String toString() {
      return code + " (" + form + ")";
    }
  }

  private static Row json(ProblemCode code, String pointer, int line, int column, String item,
      String value, String zh, String en, String... changes) {
    return new Row(code, Form.JSON, List.of(changes), pointer, line, column, item, value, zh, en);
  }

  private static Row csv(ProblemCode code, int line, int column, String item, String value,
      String zh, String en, String... changes) {
    return new Row(code, Form.CSV, List.of(changes), null, line, column, item, value, zh, en);
  }

  private static Row profile(ProblemCode code, String pointer, int line, int column, String item,
      String value, String zh, String en, String... changes) {
    return new Row(code, Form.PROFILE, List.of(changes), pointer, line, column, item, value, zh,
        en);
  }

  /** The CSV column numbers of {@link BrokenSheets#BASE}'s header. */
  private static final int CODE = 1;
  private static final int POINTS = 7;
  private static final int KIND = 8;
  private static final int RULE = 9;
  private static final int PARAMETERS = 10;
  private static final int WEIGHT = 11;
  private static final int NOT_APPLICABLE_TO = 12;

  static List<Row> rows() {
    return List.of(
        // 1's children: 3 + 3 = 6 against 7; line 15, "maxPoints" after 6 spaces: 6 + 13 + 1
        json(ProblemCode.STANDARD_BUDGET_MISMATCH, "/dimensions/0/maxPoints", 15, 20, "1", "6",
            "分值为 7，但其常规和关键下级指标合计 6；应为下级指标合计 7，或本项分值“maxPoints”为 6",
            "worth 7 points but its regular and key children add up to 6; expected children"
                + " adding up to 7, or maxPoints 6",
            "\"maxPoints\": 6,", "\"maxPoints\": 7,"),
        csv(ProblemCode.STANDARD_BUDGET_MISMATCH, 3, POINTS, "1", "6",
            "分值为 7，但其常规和关键下级指标合计 6", "expected children adding up to 7, or maxPoints 6",
            "1,,组织,Organisation,,,6", "1,,组织,Organisation,,,7"),
        // the second 2.1, line 33: 8 spaces + {"code":  (9) + 1
        json(ProblemCode.STANDARD_DUPLICATE_CODE, "/dimensions/1/children/1/code", 33, 18, "2.1",
            "2.1", "编号 2.1 重复使用；指标编号、同一指标内的扣分情形编号均只能使用一次",
            "The code 2.1 is used more than once; expected each item code",
            "{\"code\": \"2.2\"", "{\"code\": \"2.1\""),
        csv(ProblemCode.STANDARD_DUPLICATE_CODE, 8, CODE, "2.1", "2.1", "编号 2.1 重复使用",
            "The code 2.1 is used more than once", "2.2,2,质量", "2.1,2,质量"),
        // dimension 2 with a rule, line 27: 6 spaces + "maxPoints": 4, "rule":  (24) + 1
        json(ProblemCode.STANDARD_RULE_PLACEMENT, "/dimensions/1/rule", 27, 31, "2", "judgement",
            "实际为有 2 个下级指标的指标带有评分规则“judgement”；末级指标须有评分规则",
            "found an item with 2 children and the rule judgement; expected a scoring rule on"
                + " every leaf and none on an item with children",
            "\"maxPoints\": 4,", "\"maxPoints\": 4, \"rule\": {\"type\": \"judgement\", \"step\": 0.5},"),
        csv(ProblemCode.STANDARD_RULE_PLACEMENT, 6, RULE, "2", "judgement",
            "有 2 个下级指标的指标带有评分规则“judgement”", "an item with 2 children and the rule"
                + " judgement", "2,,活动,Activities,,,4,,,", "2,,活动,Activities,,,4,,judgement,step=0.5"),
        // D1 of 2.2 at 0.3 off the claim step 0.5; the rule of 2.2, line 36: 10 + "rule":  (8) + 1
        json(ProblemCode.STANDARD_RULE_INVALID, "/dimensions/1/children/1/rule", 36, 19, "2.2",
            "0.3", "实际为扣分情形 D1 每次扣 0.3 分（“pointsEach”）；应为“pointsEach”为自评分步长“claimStep” 0.5 的整数倍",
            "found the deficiency D1 with pointsEach 0.3; expected pointsEach a multiple of the"
                + " claimStep 0.5",
            "\"pointsEach\": 1}]", "\"pointsEach\": 0.3}]"),
        // a discretionary deduction of up to 3 on an item of 2
        csv(ProblemCode.STANDARD_RULE_INVALID, 8, PARAMETERS, "2.2", "1-3/1",
            "最多扣分“maxDeduction” 3", "found minDeduction 1, maxDeduction 3, step 1; expected"
                + " maxDeduction at most the maximum 2",
            "judgement,step=0.5", "discretionary-deduction,minDeduction=1; maxDeduction=3; step=1"),
        json(ProblemCode.STANDARD_LADDER_UNORDERED, "/dimensions/0/children/1/rule", 24, 19, "1.2",
            "4", "实际为阈值“atLeast” 4（3 分）一档排在阈值“atLeast” 2（1.5 分）一档之后；分档阈值应从高到低",
            "found the rung atLeast 4 (3 points) after the rung atLeast 2 (1.5 points); expected"
                + " thresholds from high to low",
            "[{\"atLeast\": 4, \"points\": 3}, {\"atLeast\": 2, \"points\": 1.5}]",
            "[{\"atLeast\": 2, \"points\": 1.5}, {\"atLeast\": 4, \"points\": 3}]"),
        csv(ProblemCode.STANDARD_LADDER_UNORDERED, 5, PARAMETERS, "1.2", "4",
            "阈值“atLeast” 4（3 分）一档排在阈值“atLeast” 2（1.5 分）一档之后",
            "the rung atLeast 4 (3 points) after the rung atLeast 2 (1.5 points)",
            "rungs=4:3, 2:1.5", "rungs=2:1.5, 4:3"),
        // line 32: 10 spaces + 90 characters up to "pointsEach": : 10 + 8 + 27 + 11 + 30 + 14 + 1
        json(ProblemCode.STANDARD_CAP_BELOW_OCCURRENCE, "/dimensions/1/children/0/rule/pointsEach",
            32, 101, "2.1", "3", "每次计 3 分（“pointsEach”），超过本项分值 2 分；“pointsEach”应不超过 2",
            "one occurrence earns 3 points (pointsEach), more than the maximum of 2; expected"
                + " pointsEach at most 2",
            "\"activities.count\"}, \"pointsEach\": 1", "\"activities.count\"}, \"pointsEach\": 3"),
        csv(ProblemCode.STANDARD_CAP_BELOW_OCCURRENCE, 7, PARAMETERS, "2.1", "3",
            "“pointsEach”应不超过 2", "expected pointsEach at most 2", "pointsEach=1",
            "pointsEach=3"),
        // a weight on 1 only: 2 lacks one; /dimensions/1/weight is not there, so the place of
        // its item, line 25, column 5 (4 spaces)
        json(ProblemCode.STANDARD_WEIGHTS_INVALID, "/dimensions/1/weight", 25, 5, "2", "-",
            "一级指标权重（2）：实际为未设权重，而 2 个一级指标中有 1 个设了权重；应为全部一级指标均设权重，或均不设",
            "found no weight, while 1 of 2 dimensions have one; expected a weight on every"
                + " dimension, or on none",
            "\"maxPoints\": 6,", "\"maxPoints\": 6, \"weight\": 60,"),
        csv(ProblemCode.STANDARD_WEIGHTS_INVALID, 6, WEIGHT, "2", "-",
            "未设权重，而 2 个一级指标中有 1 个设了权重", "expected a weight on every dimension, or on none",
            "Organisation,,,6,,,,", "Organisation,,,6,,,,60"),
        // the second band, line 9: 2 + "ratingBands": [ (16) + first band (35) + ", " (2) + 1
        json(ProblemCode.STANDARD_BANDS_INVALID, "/ratingBands/1", 9, 56, null, "0",
            "实际为“合格”（下限 0）排在“不合格”（下限 0）之后；应为下限逐级严格递增",
            "found PASS from 0 after FAIL from 0; expected lower bounds rising from band to band",
            "{\"rating\": \"PASS\", \"lowerBound\": 6}", "{\"rating\": \"PASS\", \"lowerBound\": 0}"),
        csv(ProblemCode.STANDARD_BANDS_INVALID, 2, PARAMETERS, null, "8",
            "“优秀”（下限 8）排在“良好”（下限 8）之后", "found EXCELLENT from 8 after GOOD from 8",
            "GOOD:8, EXCELLENT:9", "GOOD:8, EXCELLENT:8"),
        // the third band: 56 + 35 + 2
        json(ProblemCode.STANDARD_BAND_UNREACHABLE, "/ratingBands/2", 9, 93, null, "12",
            "下限为 12 的等级（“良好”）无法达到：最高总分为 11；下限应不超过 11",
            "The band GOOD from 12 cannot be reached: the highest total is 11; expected a lower"
                + " bound of at most 11",
            "{\"rating\": \"GOOD\", \"lowerBound\": 8}", "{\"rating\": \"GOOD\", \"lowerBound\": 12}"),
        csv(ProblemCode.STANDARD_BAND_UNREACHABLE, 2, PARAMETERS, null, "12",
            "（“优秀”）无法达到：最高总分为 11", "The band EXCELLENT from 12 cannot be reached",
            "EXCELLENT:9", "EXCELLENT:12"),
        // line 7: 2 + "certificationThreshold":  (26) + 1
        json(ProblemCode.STANDARD_THRESHOLD_INVALID, "/certificationThreshold", 7, 29, null, "12",
            "认定申报线 12 高于最高总分 11；申报线“certificationThreshold”应不超过 11",
            "The certification threshold 12 lies above the highest total 11; expected a"
                + " certificationThreshold of at most 11",
            "\"certificationThreshold\": 9,", "\"certificationThreshold\": 12,"),
        csv(ProblemCode.STANDARD_THRESHOLD_INVALID, 2, PARAMETERS, null, "12",
            "认定申报线 12 高于最高总分 11", "expected a certificationThreshold of at most 11",
            "certificationThreshold=9", "certificationThreshold=12"),
        json(ProblemCode.STANDARD_UNKNOWN_MEASURE, "/dimensions/0/children/1/rule", 24, 19, "1.2",
            "trainings.cnt", "未知度量“trainings.cnt”；最接近的已知度量：“trainings.count",
            "names the unknown measure trainings.cnt; the closest known names: trainings.count",
            "{\"name\": \"trainings.count\"}", "{\"name\": \"trainings.cnt\"}"),
        csv(ProblemCode.STANDARD_UNKNOWN_MEASURE, 7, PARAMETERS, "2.1", "activities.cnt",
            "未知度量“activities.cnt”", "the closest known names: activities.count",
            "measure=activities.count", "measure=activities.cnt"),
        json(ProblemCode.STANDARD_MEASURE_PARAMETER, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            "tiers", "度量“activities.count”不接受参数“tiers”", "the measure activities.count does not"
                + " take the parameters tiers",
            "{\"name\": \"activities.count\"}",
            "{\"name\": \"activities.count\", \"parameters\": {\"tiers\": [\"CORE\"]}}"),
        csv(ProblemCode.STANDARD_MEASURE_PARAMETER, 7, PARAMETERS, "2.1", "tiers",
            "不接受参数“tiers”", "does not take the parameters tiers",
            "measure=activities.count; pointsEach", "measure=activities.count; tiers=CORE; pointsEach"),
        json(ProblemCode.STANDARD_MEASURE_TYPE, "/dimensions/0/children/1/rule", 24, 19, "1.2",
            "organisation.inAnnualPlan", "度量“organisation.inAnnualPlan”的值不是数值，该评分规则不能使用；应为取值为数值",
            "is of type FLAG, which this rule cannot use; expected a measure with a number",
            "{\"name\": \"trainings.count\"}", "{\"name\": \"organisation.inAnnualPlan\"}"),
        csv(ProblemCode.STANDARD_MEASURE_TYPE, 5, PARAMETERS, "1.2", "organisation.inAnnualPlan",
            "的值不是数值", "expected a measure with a number",
            "measure=trainings.count; rungs", "measure=organisation.inAnnualPlan; rungs"),
        // a warning; line 39: 6 + "kind": "BONUS", "notApplicableTo":  (36) + 1
        json(ProblemCode.STANDARD_APPLICABILITY, "/dimensions/2/notApplicableTo", 39, 43, "B1",
            "JUNIOR_SECONDARY", "标注不适用于“初中”，但本标准不适用于该单位类型；应为本标准适用的单位类型（“幼儿园、小学”）之一",
            "marked not applicable to JUNIOR_SECONDARY, which the standard does not cover;"
                + " expected unit types among KINDERGARTEN, PRIMARY",
            "\"kind\": \"BONUS\",", "\"kind\": \"BONUS\", \"notApplicableTo\": [\"JUNIOR_SECONDARY\"],"),
        csv(ProblemCode.STANDARD_APPLICABILITY, 9, NOT_APPLICABLE_TO, "B1", "JUNIOR_SECONDARY",
            "标注不适用于“初中”", "not applicable to JUNIOR_SECONDARY",
            "research.count; atLeast=1,,", "research.count; atLeast=1,,JUNIOR_SECONDARY"),
        csv(ProblemCode.STANDARD_DANGLING_CODE, 8, 2, "2.2", "3",
            "引用的编号 3 在标准中不存在；应为本标准中某一指标的编号",
            "The code 3 is named but the standard has no such item; expected the code of an item",
            "2.2,2,质量", "2.2,3,质量"),
        // line 6: 2 + "exclude": [ (12) + 1
        profile(ProblemCode.STANDARD_DANGLING_CODE, "/exclude/0", 6, 15, "9.9", "9.9",
            "引用的编号 9.9 在标准中不存在", "The code 9.9 is named but the standard has no such item",
            "[\"2.1\"]", "[\"9.9\"]"),
        // the veto of V1 capping with no band; line 46: 6 + "rule":  (8) + 1
        json(ProblemCode.STANDARD_VETO_NO_EFFECT, "/dimensions/3/rule", 46, 15, "V1",
            "CAP_BAND -", "实际为后果为“限定等级”，限定等级“capBand”为“无”；应为限定等级为已声明的、低于最高等级（“良好”）的等级",
            "found effect CAP_BAND with capBand none; expected a capBand that is a declared band"
                + " below the best one (GOOD)",
            "\"bound\": 1}}}]}", "\"bound\": 1}, \"effect\": \"CAP_BAND\"}}]}"),
        csv(ProblemCode.STANDARD_VETO_NO_EFFECT, 10, PARAMETERS, "V1", "CAP_BAND -",
            "限定等级“capBand”为“无”", "a capBand that is a declared band below the best one"
                + " (EXCELLENT)",
            "incidents.count; atLeast=1", "incidents.count; atLeast=1; effect=CAP_BAND"),
        // excluding both 1 and 2 leaves no scored item; line 6: 2 + "exclude":  (11) + 1
        profile(ProblemCode.STANDARD_PROFILE_EMPTY, "/exclude", 6, 14, null, "t-kg",
            "裁剪方案 t-kg 未选中任何计分指标；应至少保留一个计分指标",
            "The profile t-kg selects no scored item; expected at least one scored item left",
            "[\"2.1\"]", "[\"1\", \"2\"]"),
        // line 5: 2 + "unitType":  (12) + 1
        profile(ProblemCode.STANDARD_PROFILE_MISMATCH, "/unitType", 5, 15, null, "t 2022.1",
            "单位类型“初中”，而基础标准为 t 2022.1，适用“幼儿园、小学”；裁剪方案应基于该基础标准及其适用的单位类型之一",
            "unit type JUNIOR_SECONDARY, but the base standard is t 2022.1 covering [KINDERGARTEN,"
                + " PRIMARY]; expected a profile of the base standard and one of its unit types",
            "\"KINDERGARTEN\"", "\"JUNIOR_SECONDARY\""),
        // line 8: 2 + "rounding": "HALF_UP", "quotas": [ (34) + 1
        json(ProblemCode.STANDARD_QUOTA_INVALID, "/quotas/0", 8, 37, null, "FAIL 10",
            "等级“不合格”的名额比例无效：实际为对最低等级限定了名额；应为只对已声明的、非最低的等级限定名额",
            "The quota on FAIL is not valid: found a quota on the lowest band; expected a quota on"
                + " a declared band that is not the lowest",
            "\"rounding\": \"HALF_UP\",",
            "\"rounding\": \"HALF_UP\", \"quotas\": [{\"rating\": \"FAIL\", \"maxSharePercent\": 10}],"),
        csv(ProblemCode.STANDARD_QUOTA_INVALID, 2, PARAMETERS, null, "FAIL 10",
            "对最低等级限定了名额", "found a quota on the lowest band",
            "certificationThreshold=9", "certificationThreshold=9; quotas=FAIL:10"),
        // line 1: 72 characters up to the end of the version, " \"replaces\": " (13), and 1
        json(ProblemCode.STANDARD_LINEAGE_INVALID, "/replaces", 1, 86, null, "2022.1",
            "标准版本 2022.1 不能替代其自身；“replaces”应为更早的版本，或不填",
            "The standard version 2022.1 cannot replace itself; expected replaces to name an"
                + " earlier version",
            "\"version\": \"2022.1\",", "\"version\": \"2022.1\", \"replaces\": \"2022.1\","),
        csv(ProblemCode.STANDARD_LINEAGE_INVALID, 2, PARAMETERS, null, "1",
            "标准版本 1 不能替代其自身", "expected replaces to name an earlier version",
            "version=1;", "version=1; replaces=1;"),
        // line 8: 2 + "rounding":  (12) + 1
        json(ProblemCode.STANDARD_ROUNDING_INVALID, "/rounding", 8, 15, null, "UNNECESSARY",
            "取整方式“UNNECESSARY”无法对总分取整；请使用“HALF_UP”等取整方式",
            "The rounding UNNECESSARY cannot round a total; use HALF_UP",
            "\"HALF_UP\"", "\"UNNECESSARY\""),
        csv(ProblemCode.STANDARD_ROUNDING_INVALID, 2, PARAMETERS, null, "UNNECESSARY",
            "取整方式“UNNECESSARY”无法对总分取整", "use HALF_UP",
            "bonusCap=1;", "bonusCap=1; rounding=UNNECESSARY;"),
        // a warning; B1's kind, line 39: 6 + "kind":  (8) + 1
        json(ProblemCode.STANDARD_BONUS_UNREACHABLE, "/dimensions/2/kind", 39, 15, "B1", "B1",
            "加分项 B1 无法计入：标准的加分上限“bonusCap”为 0；“bonusCap”应大于 0，或不设加分项",
            "the bonus cap of the standard (bonusCap) is 0; expected a bonusCap above 0, or no"
                + " bonus item",
            "\"bonusCap\": 1,", "\"bonusCap\": 0,"),
        csv(ProblemCode.STANDARD_BONUS_UNREACHABLE, 9, KIND, "B1", "B1",
            "加分项 B1 无法计入", "expected a bonusCap above 0", "bonusCap=1", "bonusCap=0"),
        csv(ProblemCode.STANDARD_PARAMETER_INVALID, 8, PARAMETERS, "2.2", "stepp=1",
            "评分参数“stepp”=“1”无效", "the rule parameter stepp = \"1\" is not valid; expected",
            "step=0.5", "step=0.5; stepp=1"),
        // 60 + 30 = 90 against the nominal 10; line 15: 6 + "maxPoints": 6, "weight":  (26) + 1
        json(ProblemCode.STANDARD_WEIGHTS_SUM, "/dimensions/0/weight", 15, 33, "1", "90",
            "一级指标权重合计为 90；合成分制 10 要求权重合计为 10，或声明“compositeScale=90”",
            "The dimension weights add up to 90; the composite scale 10 needs 10, or declare"
                + " compositeScale 90",
            "\"maxPoints\": 6,", "\"maxPoints\": 6, \"weight\": 60,",
            "\"maxPoints\": 4,", "\"maxPoints\": 4, \"weight\": 30,"),
        csv(ProblemCode.STANDARD_WEIGHTS_SUM, 3, WEIGHT, "1", "9",
            "一级指标权重合计为 9；合成分制 10 要求权重合计为 10", "or declare compositeScale 9",
            "Organisation,,,6,,,,", "Organisation,,,6,,,,6",
            "Activities,,,4,,,,", "Activities,,,4,,,,3"),
        // line 6: 2 + "bonusCap": 1, "compositeScale":  (33) + 1
        json(ProblemCode.STANDARD_SCALE_INVALID, "/compositeScale", 6, 36, null, "100",
            "合成分制 100 须配合一级指标权重：不设权重时须等于满分 10；应写“compositeScale=10”",
            "without weights it must equal the nominal maximum 10; expected compositeScale 10, or"
                + " weights adding up to 100",
            "\"bonusCap\": 1,", "\"bonusCap\": 1, \"compositeScale\": 100,"),
        csv(ProblemCode.STANDARD_SCALE_INVALID, 2, PARAMETERS, null, "100",
            "合成分制 100 须配合一级指标权重", "expected compositeScale 10",
            "bonusCap=1;", "bonusCap=1; compositeScale=100;"),
        // a first fact plan in ASCII before the base's: the second, line 10: 2 + "facts": [
        // (10) + the inserted fact (151) + ", " (2) + 1
        json(ProblemCode.STANDARD_FACT_DUPLICATE, "/facts/1", 10, 166, null, "plan",
            "事实“plan”声明了两次；每个事实须有各自的编号",
            "The fact plan is declared twice; give each fact one code of its own",
            "\"facts\": [", "\"facts\": [" + ASCII_FACT + ", "),
        // line 10: 2 + "facts": [ (10) + 1
        json(ProblemCode.STANDARD_FACT_INVALID, "/facts/0", 10, 13, null, "choices [A]",
            "事实“plan”（类型“FLAG”）的声明为“choices [A]”；应为不设选项（只有“CHOICE”类型有选项）",
            "Fact plan (type FLAG) is declared with choices [A]; expected no choices (only a"
                + " CHOICE has them)",
            "\"type\": \"FLAG\",", "\"type\": \"FLAG\", \"choices\": [\"A\"],"),
        // B1's rule, line 41: 6 + "rule":  (8) + 1
        json(ProblemCode.STANDARD_FACT_UNDECLARED, "/dimensions/2/rule", 41, 15, "B1", "plans",
            "读取度量“fact.plans”，但标准未声明事实“plans”；已声明的事实：“plan”",
            "reads the measure fact.plans, but the standard declares no fact plans; the declared"
                + " facts: plan",
            "\"fact.plan\"", "\"fact.plans\""),
        json(ProblemCode.STANDARD_FACT_OPERATOR, "/dimensions/2/rule", 41, 15, "B1", "atLeast 1",
            "“fact.plan”的类型为“FLAG”；实际为“atLeast 1”，应为“equals",
            "fact.plan is of type FLAG; found atLeast 1, expected equals",
            "\"comparison\": \"EQUALS\", \"values\": [\"true\"]",
            "\"comparison\": \"AT_LEAST\", \"bound\": 1"),
        // B1 worth 1.3 on the claim step 0.5; line 40: 6 + "maxPoints":  (13) + 1
        json(ProblemCode.STANDARD_MAX_OFF_STEP, "/dimensions/2/maxPoints", 40, 20, "B1", "1.3",
            "分值 1.3 不是标准的自评分步长“claimStep” 0.5 的整数倍；最接近的有效分值为 1, 1.5",
            "the maximum 1.3 is not a multiple of the standard's claimStep 0.5; the nearest valid"
                + " maxima are 1, 1.5",
            "\"maxPoints\": 1,", "\"maxPoints\": 1.3,"),
        csv(ProblemCode.STANDARD_MAX_OFF_STEP, 9, POINTS, "B1", "1.3",
            "分值 1.3 不是标准的自评分步长“claimStep” 0.5 的整数倍", "the nearest valid maxima are 1, 1.5",
            "B1,,加分,Bonus,,,1,", "B1,,加分,Bonus,,,1.3,"),
        // 2.1 judged in 0.5 but its own step 1; line 32: 10 + "rule": {"type": "judgement",
        // "step": 0.5}, "step":  (52) + 1
        json(ProblemCode.STANDARD_STEP_CONFLICT, "/dimensions/1/children/0/step", 32, 63, "2.1",
            "1", "本项步长 1 与评分规则的步长 0.5 不一致；请填写相同的步长，或不填本项步长",
            "its step 1 contradicts the step 0.5 of its rule; write the same step, or leave out"
                + " the step of the item",
            "{\"type\": \"per-occurrence\", \"measure\": {\"name\": \"activities.count\"},"
                + " \"pointsEach\": 1}",
            "{\"type\": \"judgement\", \"step\": 0.5}, \"step\": 1"),
        // line 8: 2 + "rounding": "HALF_UP", "reviewWindow": {"opensAfterMonths": 12,
        // "closesAfterMonths":  (85) + 1
        json(ProblemCode.STANDARD_REVIEW_WINDOW_INVALID, "/reviewWindow/closesAfterMonths", 8, 88,
            null, "12-6", "审核期自评估年度 1 月 1 日起第 12 个月开始、第 6 个月结束，无效；应在 0 至 59 个月之间开始，结束晚于开始",
            "The review window opens 12 and closes 6 months after 1 January of the assessment"
                + " year; it must open 0 to 59 months after that day and close after it opens",
            "\"rounding\": \"HALF_UP\",", "\"rounding\": \"HALF_UP\", \"reviewWindow\":"
                + " {\"opensAfterMonths\": 12, \"closesAfterMonths\": 6},"),
        // the CSV form's own codes, which check-standard prints as well
        csv(ProblemCode.CSV_COLUMN_UNKNOWN, 1, WEIGHT, null, "wieght",
            "未知的 CSV 列“wieght”；可用的列为", "Unknown CSV column wieght; the columns are",
            ",weight,", ",wieght,"),
        csv(ProblemCode.CSV_COLUMN_MISSING, 1, CODE, null, "points",
            "CSV 表头缺少必需的列“points”", "The CSV header lacks the required column points",
            ",points,", ",score,"),
        // 16 columns in the header, 17 cells on the line of V1
        csv(ProblemCode.CSV_ROW_INVALID, 10, CODE, null, "17",
            "第 10 行有 17 个单元格，而表头只有 16 列", "Line 10 has 17 cells but the header has 16",
            "V1,,否决,Veto,,,0,VETO,veto,measure=incidents.count; atLeast=1,,,,,,",
            "V1,,否决,Veto,,,0,VETO,veto,measure=incidents.count; atLeast=1,,,,,,,x"),
        csv(ProblemCode.CSV_CELL_INVALID, 4, POINTS, "1.1", "three",
            "列“points”：“three”无效，应为", "Column points: three is not valid; expected",
            "1.1,1,计划,Plan,,,3,", "1.1,1,计划,Plan,,,three,"),
        // no @standard row: at the code cell of line 2, where it belongs
        csv(ProblemCode.CSV_STANDARD_ROW_MISSING, 2, CODE, null, "0",
            "CSV 须有且仅有一行“@standard”（标识、版本、等级等）；实际为 0 行",
            "The CSV needs exactly one @standard row (id, version, bands and so on); it has 0",
            "@standard,", "1.9,"),
        // an unclosed quote: a whole line, no column, no value
        csv(ProblemCode.CSV_SYNTAX, 2, 0, null, null, "CSV 格式错误（约第 2 行）",
            "Not well-formed CSV near line 2", "\"id=t;", "\"id=t;\"x\""),
        // filtered measures, all at 2.1's rule; line 32: 10 + "rule":  (8) + 1 = column 19
        json(ProblemCode.STANDARD_FILTER_KIND, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            "activty", "筛选度量读取的佐证种类“activty”不存在；最接近的种类：“activity",
            "reads the evidence kind activty, which does not exist; the closest kinds: activity",
            FILTERED, "{\"count\": \"activty\"}"),
        json(ProblemCode.STANDARD_FILTER_FIELD, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            "levle", "佐证种类“activity”没有字段“levle”；最接近的字段：“level",
            "the evidence kind activity has no field levle; the closest fields: level",
            FILTERED,
            "{\"count\": \"activity\", \"where\": [{\"field\": \"levle\", \"atLeast\": \"CITY\"}]}"),
        json(ProblemCode.STANDARD_FILTER_OPERATOR, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            "atLeast", "字段“activity.title”的类型为文本；实际为“atLeast”，应为以下之一：“equals, oneOf”",
            "the field activity.title is of type TEXT; found atLeast, expected one of: equals, oneOf",
            FILTERED,
            "{\"count\": \"activity\", \"where\": [{\"field\": \"title\", \"atLeast\": \"x\"}]}"),
        json(ProblemCode.STANDARD_FILTER_VALUE, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            "CTY", "对“activity.level”的筛选给出“CTY”，不是有序列表选项类型的值；应为“SCHOOL”（校级）",
            "the filter on activity.level gives CTY, which is not a ENUM (ordered) value; expected"
                + " SCHOOL",
            FILTERED,
            "{\"count\": \"activity\", \"where\": [{\"field\": \"level\", \"atLeast\": \"CTY\"}]}"),
        // a sum without of: nothing found to show
        json(ProblemCode.STANDARD_FILTER_OF, "/dimensions/1/children/0/rule", 32, 19, "2.1",
            null, "筛选度量“sum activity”的“of”实际为“–”；应为以下之一：",
            "the filtered measure sum activity found of = –; expected one of:",
            FILTERED, "{\"sum\": \"activity\"}"));
  }

  /** A message without the opening that names its item, when it has one. */
  private static String afterItem(String message, String opening) {
    return message.startsWith(opening) ? message.substring(opening.length()) : message;
  }

  /** The measure of 2.1 in {@link #BASE_JSON}, which the filtered-measure rows replace. */
  private static final String FILTERED = "{\"name\": \"activities.count\"}";

  /** An all-ASCII declaration of the fact {@code plan}: 151 characters. */
  private static final String ASCII_FACT = "{\"code\": \"plan\", \"title\": {\"zh\": \"jihua\","
      + " \"en\": \"plan\"}, \"type\": \"FLAG\", \"source\": {\"document\": \"t\", \"clause\": \"1\","
      + " \"status\": \"MODELLED\", \"note\": \"t\"}}";

  private static final StandardsJson JSON = StandardsJson.create();
  private static final StandardsCsv CSV = StandardsCsv.create();
  private static final LanguageLeak LEAK = LanguageLeak.withCommandLine(Set.of("measures"));

  @Test
  void theBasesAreValid() {
    Result<Standard> s = JSON.readStandard(BASE_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(s.problems()).isEmpty();
    assertThat(CSV.readStandard(BrokenSheets.BASE.getBytes(StandardCharsets.UTF_8)).problems())
        .isEmpty();
    assertThat(tailor(BASE_PROFILE).problems()).isEmpty();
    // 6 + 4 = 10, and the bonus 1 on top
    assertThat(s.orElseThrow().getNominalMax().toString()).isEqualTo("10");
    assertThat(s.orElseThrow().getMaximumTotal().toString()).isEqualTo("11");
  }

  @Test
  void everyStandardCodeHasARow() {
    Set<ProblemCode> covered = rows().stream().map(Row::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class)));
    List<ProblemCode> missing = Arrays.stream(ProblemCode.values())
        .filter(c -> c.concern() == Concern.STANDARD && !covered.contains(c)).toList();
    assertThat(missing).as("finding codes of a standard without a row in the table").isEmpty();
  }

  @Test
  void everyCsvCodeOfTheStandardReaderHasARow() {
    Set<ProblemCode> covered = rows().stream().map(Row::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class)));
    List<ProblemCode> missing = Arrays.stream(ProblemCode.values())
        .filter(c -> c.name().startsWith("CSV_") && !covered.contains(c)).toList();
    assertThat(missing).as("CSV codes without a row in the table").isEmpty();
  }

  static Stream<Row> table() {
    return rows().stream();
  }

  /** Through the public API: the code, its place, the value found, the words in both languages. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theApiLocatesTheFindingAndSaysWhatWasFoundAndExpected(Row row) {
    Problem p = finding(row);
    assertThat(p.getSeverity()).isEqualTo(row.code().defaultSeverity());
    if (row.form() == Form.CSV) {
      assertThat(p.getLocation().getPointer()).as("no internal path in a CSV finding").isEmpty();
    } else {
      assertThat(p.getLocation().getPointer()).as("pointer").hasValue(row.pointer());
    }
    assertThat(p.getLocation().getLine()).as("line").hasValue(row.line());
    if (row.column() == 0) {
      assertThat(p.getLocation().getColumn()).as("a whole line").isEmpty();
    } else {
      assertThat(p.getLocation().getColumn()).as("column").hasValue(row.column());
    }
    if (row.item() == null) {
      assertThat(p.getLocation().getCriterion()).as("item").isEmpty();
    } else {
      assertThat(p.getLocation().getCriterion()).as("item").hasValue(CriterionCode.of(row.item()));
    }
    if (row.value() == null) {
      assertThat(p.getOffendingValue()).as("no value to show").isEmpty();
    } else {
      assertThat(p.getOffendingValue()).as("value found").hasValue(row.value());
    }
    assertThat(p.getMessageZh()).contains(row.zh());
    assertThat(p.getMessageEn()).contains(row.en());
    assertThat(LEAK.latinLeaks(p.getMessageZh())).as("Latin words in %s", p.getMessageZh())
        .isEmpty();
    assertThat(LanguageLeak.cjkLeaks(p.getMessageEn())).as("CJK in %s", p.getMessageEn())
        .isEmpty();
    for (ProblemCode c : ProblemCode.values()) {
      assertThat(p.getMessageZh()).as("no code name in the text").doesNotContain(c.name());
    }
  }

  /** Through {@code standards check-standard FILE}, in zh-CN and with {@code --lang en}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void checkStandardPrintsTheFindingInBothLanguages(Row row, @TempDir Path dir)
      throws IOException {
    Problem p = finding(row);
    List<String> args = new ArrayList<>(List.of("check-standard"));
    if (row.form() == Form.PROFILE) {
      Path standard = dir.resolve("standard.json");
      Files.writeString(standard, BASE_JSON, StandardCharsets.UTF_8);
      Path profile = dir.resolve("profile.json");
      Files.writeString(profile, row.changed(), StandardCharsets.UTF_8);
      args.addAll(List.of("--profile", profile.toString(), standard.toString()));
    } else {
      Path file = dir.resolve(row.form() == Form.CSV ? "standard.csv" : "standard.json");
      Files.writeString(file, row.changed(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    int exit = p.isError() ? 1 : 0;
    Cli.Run zh = Cli.zh(args.toArray(String[]::new));
    assertThat(zh.code()).as(zh.err()).isEqualTo(exit);
    // the problem line of the run's language: place in words, zh code last in parentheses
    // a place that names the item is followed by the message without its own "指标 X："
    assertThat(zh.out()).contains(
        LocationFormat.of(Locale.SIMPLIFIED_CHINESE).format(p.getLocation()) + "："
            + afterItem(p.getMessageZh(), "指标 " + row.item() + "：") + "（" + row.code().name()
            + "）");
    args.add(1, "--lang");
    args.add(2, "en");
    Cli.Run en = Cli.zh(args.toArray(String[]::new));
    assertThat(en.code()).as(en.err()).isEqualTo(exit);
    assertThat(en.out()).contains(row.code().name() + " at "
        + LocationFormat.of(Locale.ENGLISH).format(p.getLocation()) + ": "
        + afterItem(p.getMessageEn(), "Item " + row.item() + ": "));
  }

  /** The row's finding as the public API reports it; the row's change is checked to apply. */
  private static Problem finding(Row row) {
    for (int i = 0; i < row.changes().size(); i += 2) {
      String from = row.changes().get(i);
      assertThat(row.base().split(java.util.regex.Pattern.quote(from), -1))
          .as("the base holds %s once", from).hasSize(2);
    }
    byte[] bytes = row.changed().getBytes(StandardCharsets.UTF_8);
    Result<?> r = switch (row.form()) {
      case JSON -> JSON.readStandard(bytes);
      case CSV -> CSV.readStandard(bytes);
      case PROFILE -> tailor(row.changed());
    };
    return r.problems().stream().filter(x -> x.getCode() == row.code()).findFirst()
        .orElseThrow(() -> new AssertionError("no " + row.code() + " in " + r.problems()));
  }

  /** The base standard tailored by a profile, its findings located in the profile. */
  private static Result<Standard> tailor(String profile) {
    byte[] bytes = profile.getBytes(StandardCharsets.UTF_8);
    Standard base = JSON.readStandard(BASE_JSON.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    Result<Profile> p = JSON.readProfile(bytes);
    if (!p.isValid()) {
      return Result.refused(p.problems());
    }
    Result<Standard> t = JSON.tailor(base, p.orElseThrow());
    List<Problem> located = JSON.locate(bytes, t.problems());
    return t.isValid() ? Result.of(t.orElseThrow(), located) : Result.refused(located);
  }
}
