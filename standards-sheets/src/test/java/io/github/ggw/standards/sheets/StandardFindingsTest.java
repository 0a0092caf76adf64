package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.sheets.StandardsCsv;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableProfile;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.ProfilePointsChange;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.standard.WeightChange;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every finding a standard can get at load, triggered from data: a small valid sheet in CSV
 * (below) is changed in one place and read again. Each finding must carry its stable code, its
 * default severity, zh-CN and en messages, and as location the indicator code (with the CSV line)
 * rather than an internal path. Errors refuse the sheet; warnings let it load.
 */
class StandardFindingsTest {
  /**
   * Nominal 10 = 1 (1.1 plan 3 + 1.2 ladder 3) + 2 (2.1 per occurrence 2 + 2.2 judgement 2); bonus
   * B1 1 under a cap of 1; veto V1; bands 0/6/8/9; threshold 9; highest total 11.
   */
  static final String BASE = BrokenSheets.BASE;

  private static final StandardsCsv CSV = StandardsCsv.create();

  private static Result<Standard> read(String text) {
    return CSV.readStandard(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theBaseSheetIsValid() {
    Result<Standard> r = read(BASE);
    assertThat(r.problems()).isEmpty();
    assertThat(r.orElseThrow().getNominalMax()).isEqualTo(Points.of(10));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', textBlock = BrokenSheets.FINDINGS)
  void findingFromData(String what, String from, String to, ProblemCode expected, String item,
      Integer line) {
    assertThat(BASE).contains(from);
    Result<Standard> r = read(BASE.replace(from, to));
    Problem p = r.problems().stream().filter(x -> x.getCode() == expected).findFirst()
        .orElseThrow(() -> new AssertionError(what + ": no " + expected + " in "
            + r.problems()));
    assertWellFormed(p);
    assertThat(r.isValid()).as("loads only with warnings").isEqualTo(!p.isError());
    if (item != null) {
      assertThat(p.getLocation().getCriterion()).hasValue(CriterionCode.of(item));
      assertThat(p.getLocation().getPointer()).as("no internal path").isEmpty();
    }
    if (line != null) {
      assertThat(p.getLocation().getLine()).hasValue(line);
    }
  }

  /** Severity as declared, both messages filled in, Chinese in zh. */
  static void assertWellFormed(Problem p) {
    assertThat(p.getSeverity()).isEqualTo(p.getCode().defaultSeverity());
    assertThat(p.getMessageZh()).doesNotContainPattern("\\{\\d\\}").isNotEqualTo(p.getMessageEn())
        .matches(s -> s.codePoints().anyMatch(cp ->
            Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    assertThat(p.getMessageEn()).doesNotContainPattern("\\{\\d\\}").isNotBlank();
  }

  @Test
  void everyFindingIsReportedAtOnce() {
    // three mistakes in three rows: a budget, a ladder and an unknown measure
    String broken = BASE.replace("1,,组织,Organisation,,,6", "1,,组织,Organisation,,,7")
        .replace("rungs=4:3, 2:1.5", "rungs=2:1.5, 4:3")
        .replace("measure=activities.count", "measure=activities.cnt");
    assertThat(read(broken).problems()).extracting(Problem::getCode).contains(
        ProblemCode.STANDARD_BUDGET_MISMATCH, ProblemCode.STANDARD_LADDER_UNORDERED);
  }

  // ------------------------------------------------------------------ encodings

  @Test
  void gbkIsRefusedNamingTheEncodingToUse() {
    Result<Standard> r = CSV.readStandard(BASE.getBytes(Charset.forName("GBK")));
    Problem p = r.problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.INPUT_ENCODING);
    assertThat(p.getMessageEn()).contains("GBK/GB18030", "save the file as UTF-8");
    assertThat(p.getMessageZh()).contains("UTF-8");
  }

  @Test
  void utf16IsRefused() {
    Result<Standard> r = CSV.readStandard(BASE.getBytes(StandardCharsets.UTF_16));
    assertThat(r.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_ENCODING);
    assertThat(r.problems().get(0).getMessageEn()).contains("UTF-16");
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] body = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(CSV.readStandard(withBom).orElseThrow()).isEqualTo(read(BASE).orElseThrow());
  }

  @Test
  void emptyInputIsRefused() {
    assertThat(read(" \n").problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_EMPTY);
  }

  @Test
  void chineseHeadersAndLabelsAreAccepted() {
    String zh = BASE.replace(
        "code,parent,title,title_en,requirement,requirement_en,points,kind,rule,parameters",
        "编号,上级编号,指标,指标英文,要求,要求英文,分值,类型,评分方式,评分参数")
        .replace("1,BONUS,all-or-nothing", "1,加分项,达标得分");
    assertThat(read(zh).orElseThrow()).isEqualTo(read(BASE).orElseThrow());
  }

  // ------------------------------------------------------------------ tailoring

  private static ImmutableProfile.Builder kindergarten() {
    return Profile.builder().id(StandardId.of("sheet5-kindergarten"))
        .version(StandardVersion.of("2022.1"))
        .title(LocalizedText.of("幼儿园裁剪表", "Kindergarten profile"))
        .base(StandardId.of("sheet5-threshold-veto")).baseVersion(StandardVersion.of("2022.1"))
        .unitType(UnitType.KINDERGARTEN)
        .source(new SourceRef("测试", "§1", SourceStatus.MODELLED, "test profile"));
  }

  private static List<Problem> tailor(Profile p) {
    Result<Standard> r = StandardsJson.create().tailor(Sheets.load(Sheets.SHEET5), p);
    assertThat(r.isValid()).isFalse();
    r.problems().forEach(StandardFindingsTest::assertWellFormed);
    return r.problems();
  }

  @Test
  void aProfileThatSelectsNothing() {
    // 2.2 and 3.2 are the only items selected, and both are excluded
    List<Problem> p = tailor(kindergarten().addSelect(CriterionCode.of("2.2"),
        CriterionCode.of("3.2")).addExclude(CriterionCode.of("2.2"), CriterionCode.of("3.2"))
        .build());
    assertThat(p).extracting(Problem::getCode).containsExactly(ProblemCode.STANDARD_PROFILE_EMPTY);
  }

  @Test
  void aProfileNamingACodeTheBaseLacks() {
    List<Problem> p = tailor(kindergarten().addExclude(CriterionCode.of("9.9")).build());
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.getCode()).isEqualTo(ProblemCode.STANDARD_DANGLING_CODE);
      assertThat(x.getLocation().getCriterion()).hasValue(CriterionCode.of("9.9"));
    });
  }

  @Test
  void aProfileForAnotherBaseOrUnitType() {
    assertThat(tailor(kindergarten().unitType(UnitType.VOCATIONAL).build()))
        .extracting(Problem::getCode).containsExactly(ProblemCode.STANDARD_PROFILE_MISMATCH);
    assertThat(tailor(kindergarten().baseVersion(StandardVersion.of("2021.1")).build()))
        .extracting(Problem::getCode).containsExactly(ProblemCode.STANDARD_PROFILE_MISMATCH);
  }

  @Test
  void aTailoredStandardIsCheckedAgain() {
    // the points of 3.1 change to 16 (the budget of 3 follows: 31), and a weight is put on the
    // indicator 1.1: the re-check of the resolved standard refuses the weight, which belongs to
    // dimensions only
    List<Problem> p = tailor(kindergarten()
        .addPointsChanges(new ProfilePointsChange(CriterionCode.of("3.1"), Points.of(16)))
        .addWeightChanges(new WeightChange(CriterionCode.of("1.1"), BigDecimal.TEN)).build());
    assertThat(p).extracting(Problem::getCode).contains(ProblemCode.STANDARD_WEIGHTS_INVALID);
  }
}
