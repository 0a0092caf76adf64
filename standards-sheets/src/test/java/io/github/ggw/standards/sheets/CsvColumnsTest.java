package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.sheets.StandardsCsv;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The CSV form of a standard as {@code docs/formats/standard-csv.md} describes it: the columns,
 * which are required, their Chinese names, and the keys the parameters cells use (of the
 * {@code @standard} row and of each rule kind), as the library writes them.
 */
class CsvColumnsTest {
  private static final StandardsCsv CSV = StandardsCsv.create();
  private static final String BASE = StandardFindingsTest.BASE;
  private static final String HEADER = BASE.substring(0, BASE.indexOf('\n'));

  @Test
  void theColumnsInTheOrderWritten() {
    assertThat(StandardsCsv.columns()).containsExactly("code", "parent", "title", "title_en",
        "requirement", "requirement_en", "points", "kind", "rule", "parameters", "weight",
        "not_applicable_to", "source", "clause", "status", "note", "step");
    // the step column is written only when an item has a step of its own
    assertThat(HEADER).isEqualTo(String.join(",", StandardsCsv.columns().subList(0, 16)));
  }

  /** A header cell renamed to something unknown: unknown, and missing when required. */
  @ParameterizedTest(name = "{0} required={1}")
  @CsvSource({"code, true", "parent, true", "title, true", "title_en, false",
      "requirement, false", "requirement_en, false", "points, true", "kind, false", "rule, true",
      "parameters, true", "weight, false", "not_applicable_to, false", "source, false",
      "clause, false", "status, false", "note, false"})
  void requiredColumns(String column, boolean required) {
    List<String> cells = new ArrayList<>(List.of(HEADER.split(",")));
    cells.set(cells.indexOf(column), "zz_" + column);
    String text = String.join(",", cells) + BASE.substring(HEADER.length());
    List<Problem> problems = CSV.readStandard(text.getBytes(StandardCharsets.UTF_8))
        .problems();
    assertThat(problems).anyMatch(p -> p.getCode() == ProblemCode.CSV_COLUMN_UNKNOWN);
    assertThat(problems.stream().anyMatch(p -> p.getCode() == ProblemCode.CSV_COLUMN_MISSING
        && p.getArguments().contains(column))).isEqualTo(required);
  }

  /** Every column read under each of its Chinese names gives the same standard. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"code, 编号", "parent, 上级编号", "title, 指标", "title, 指标名称",
      "title_en, 指标英文", "requirement, 要求", "requirement, 评估细则", "requirement, 评分要求",
      "requirement_en, 要求英文", "points, 分值", "kind, 类型", "kind, 指标类型", "rule, 评分方式",
      "parameters, 评分参数", "parameters, 规则参数", "weight, 权重", "not_applicable_to, 不适用",
      "not_applicable_to, 不适用单位", "source, 出处", "clause, 条款", "status, 状态",
      "note, 备注"})
  void chineseColumnNames(String column, String chinese) {
    List<String> cells = new ArrayList<>(List.of(HEADER.split(",")));
    cells.set(cells.indexOf(column), chinese);
    String text = String.join(",", cells) + BASE.substring(HEADER.length());
    Standard zh = CSV.readStandard(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(zh).isEqualTo(CSV.readStandard(BASE.getBytes(StandardCharsets.UTF_8))
        .orElseThrow());
  }

  /** The keys of the parameters cells of every row the library writes, by rule kind. */
  @Test
  void theKeysOfTheParametersCells() throws Exception {
    List<Standard> standards = new ArrayList<>(List.of(ReferenceData.changzhouStandard()));
    Sheets.ALL.forEach(s -> standards.add(Sheets.load(s)));
    Map<String, Set<String>> keys = new TreeMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    for (Standard s : standards) {
      List<String[]> rows = mapper.readerFor(String[].class).<String[]>readValues(
          CSV.writeStandard(s)).readAll();
      for (String[] row : rows.subList(1, rows.size())) {
        String kind = row[0].equals("@standard") ? "@standard" : row[8];
        if (kind.isEmpty()) {
          continue;
        }
        Set<String> set = keys.computeIfAbsent(kind, k -> new TreeSet<>());
        for (String part : row[9].split("[;|]")) {
          if (part.contains("=")) {
            set.add(part.substring(0, part.indexOf('=')).strip());
          }
        }
      }
    }
    Set<String> measureKeys = Set.of("activityKinds", "minLevel", "minAward", "tiers",
        "elderCategories", "trainingKinds", "careCarrierKinds", "difficultyKinds",
        "vulnerabilityKinds", "mentoringKinds", "researchKinds", "publicityKinds",
        "documentKinds", "designationKinds", "incidentKinds", "withinYear");
    assertThat(keys.get("@standard")).containsExactlyInAnyOrder("id", "version", "replaces",
        "effectiveFrom", "validUntil", "applicableUnitTypes", "precision", "rounding",
        "claimStep", "notApplicableMode", "bonusCap", "certificationThreshold", "vetoBelow",
        "ratingBands", "quotas", "prerequisites", "jurisdiction");
    assertThat(keys.get("judgement")).containsExactly("step");
    assertThat(keys.get("discretionary-deduction")).containsExactlyInAnyOrder("minDeduction",
        "maxDeduction", "step");
    Map<String, Set<String>> own = Map.of(
        "all-or-nothing", Set.of("measure", "atLeast", "atMost"),
        "per-occurrence", Set.of("measure", "pointsEach"),
        "threshold-ladder", Set.of("measure", "rungs"),
        "tiered-credit", Set.of("measure", "target", "creditTiers"),
        "veto", Set.of("measure", "atLeast", "atMost", "effect", "capBand"),
        "deduction", Set.of("code", "reason", "reasonEn", "measure", "atLeast", "atMost",
            "pointsEach"));
    for (Map.Entry<String, Set<String>> e : own.entrySet()) {
      Set<String> allowed = new TreeSet<>(e.getValue());
      allowed.addAll(measureKeys);
      assertThat(keys.get(e.getKey())).as(e.getKey()).contains("measure")
          .isSubsetOf(allowed);
    }
    assertThat(keys.get("deduction")).contains("code", "reason", "reasonEn", "pointsEach");
    assertThat(keys.get("veto")).contains("effect", "capBand");
    assertThat(keys.get("tiered-credit")).contains("target", "creditTiers");
    assertThat(keys.get("threshold-ladder")).contains("rungs");
  }
}
