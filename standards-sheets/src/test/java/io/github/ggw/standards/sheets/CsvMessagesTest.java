package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The CSV standard reader's messages in each language: what a cell or a rule parameter should
 * hold is said in words of the language (labels in zh, codes in en), and a syntax error says what
 * is missing, never the parser's English.
 */
class CsvMessagesTest {
  private static final StandardsCsv CSV = StandardsCsv.create();

  private static Problem first(String sheet, ProblemCode code) {
    return CSV.readStandard(sheet.getBytes(StandardCharsets.UTF_8)).problems().stream()
        .filter(p -> p.getCode() == code).findFirst().orElseThrow();
  }

  @Test
  void anUnknownRuleKindListsTheKindsInEachLanguage() {
    Problem p = first(BrokenSheets.BASE.replace("judgement,step", "judgment,step"),
        ProblemCode.CSV_CELL_INVALID);
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("列“rule”：“judgment”无效，"
        + "应为以下之一：达标得分、酌情评分、按次计分、分档计分、扣分制、一票否决、酌情扣分、按比例得分、计数扣分");
    assertThat(p.getMessage(Locale.ENGLISH)).isEqualTo("Column rule: judgment is not valid;"
        + " expected one of all-or-nothing, judgement, per-occurrence, threshold-ladder,"
        + " deduction, veto, discretionary-deduction, tiered-credit, counted-deduction");
  }

  @Test
  void aPointsCellThatIsNotANumberSaysPointsInWords() {
    Problem p = first(BrokenSheets.BASE.replace("1.1,1,计划,Plan,,,3,", "1.1,1,计划,Plan,,,three,"),
        ProblemCode.CSV_CELL_INVALID);
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("列“points”：“three”无效，应为分值：不小于 0 的数字");
    assertThat(p.getMessage(Locale.ENGLISH))
        .isEqualTo("Column points: three is not valid; expected points, a decimal number of at least 0");
  }

  @Test
  void aRuleParameterOfTheWrongTypeListsLabelsInZhAndCodesInEn() {
    Problem p = first(BrokenSheets.BASE.replace("measure=activities.count; pointsEach",
        "measure=activities.count; minLevel=often; pointsEach"),
        ProblemCode.STANDARD_PARAMETER_INVALID);
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("指标 2.1：评分参数“minLevel”"
        + "=“often”无效，应为以下之一：校级、区级、市级、省级、国家级");
    assertThat(p.getMessage(Locale.ENGLISH)).isEqualTo("Item 2.1: the rule parameter minLevel ="
        + " \"often\" is not valid; expected one of SCHOOL, DISTRICT, CITY, PROVINCE, NATIONAL");
  }

  @Test
  void anUnclosedQuoteIsSaidInWords() {
    Problem p = first(BrokenSheets.BASE.replace("\"id=t;", "\"id=t;\"x\""),
        ProblemCode.CSV_SYNTAX);
    String zh = p.getMessage(Locale.SIMPLIFIED_CHINESE);
    String en = p.getMessage(Locale.ENGLISH);
    assertThat(zh).startsWith("CSV 格式错误（约第 ").doesNotContainPattern("[A-Za-z]{4,}");
    assertThat(en).startsWith("Not well-formed CSV near line ")
        .doesNotContainPattern("\\p{IsHan}").doesNotContain("Unexpected", "character");
    assertThat(zh).containsAnyOf("缺少结尾的英文双引号", "双引号须写成两个", "请检查引号和分隔符");
  }
}
