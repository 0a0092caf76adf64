package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading well-formed self-assessment workbooks. */
class WorkbookReadTest {
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final StandardsJson JSON = StandardsJson.create();

  static SelfAssessment sample(String name) {
    return JSON.readAssessment(ReferenceData.sample(name)).orElseThrow();
  }

  /** The assessment with its evidence in the registry's order of kinds (a workbook's order). */
  static SelfAssessment byKind(SelfAssessment a) {
    List<Evidence> sorted = a.getEvidence().stream().sorted(Comparator.comparingInt(
        e -> EvidenceKinds.all().indexOf(EvidenceKinds.of(e)))).toList();
    return ImmutableSelfAssessment.copyOf(a).withEvidence(sorted);
  }

  @Test
  void eachBundledSampleReadsBackFromAWorkbookInEitherLanguage() {
    for (String name : ReferenceData.sampleNames()) {
      SelfAssessment a = sample(name);
      for (Locale lang : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        Result<SelfAssessment> read = Workbooks.read(WorkbookFixture.of(a, lang).bytes(),
            STANDARD);
        assertThat(read.problems()).as(name + " " + lang).filteredOn(Problem::isError).isEmpty();
        assertThat(JSON.writeAssessment(read.orElseThrow())).as(name)
            .isEqualTo(JSON.writeAssessment(byKind(a)));
      }
    }
  }

  @Test
  void aWorkbookScoresAsItsJson() {
    SelfAssessment a = sample("01-excellent-primary.json");
    SelfAssessment read = Workbooks.read(WorkbookFixture.of(a, Locale.SIMPLIFIED_CHINESE).bytes(),
        STANDARD).orElseThrow();
    assertThat(Scorer.create().score(STANDARD, read).orElseThrow().roundedTotal())
        .isEqualTo(Scorer.create().score(STANDARD, a).orElseThrow().roundedTotal());
  }

  @Test
  void theFacadeReadsJsonAndWorkbooksByContent() {
    SelfAssessment a = sample("01-excellent-primary.json");
    byte[] xlsx = WorkbookFixture.of(a, Locale.ENGLISH).bytes();
    assertThat(Assessments.isWorkbook(xlsx)).isTrue();
    assertThat(Assessments.isWorkbook(ReferenceData.sample("01-excellent-primary.json")))
        .isFalse();
    assertThat(Assessments.read(xlsx, STANDARD).orElseThrow()).isEqualTo(byKind(a));
    assertThat(Assessments.read(ReferenceData.sample("01-excellent-primary.json"), STANDARD)
        .orElseThrow()).isEqualTo(a);
    // the JSON path runs the checks against the standard too
    Result<SelfAssessment> invalid = Assessments.read(
        ReferenceData.resource(ReferenceData.INVALID_SAMPLE), STANDARD, ReadMode.STRICT);
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.problems()).extracting(Problem::getCode)
        .containsAnyOf(ProblemCode.CLAIM_MISSING, ProblemCode.CLAIM_ABOVE_MAX,
            ProblemCode.CLAIM_OFF_STEP, ProblemCode.CLAIM_DUPLICATE);
  }

  private static WorkbookFixture zh() {
    return WorkbookFixture.of(sample("01-excellent-primary.json"), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void labelsAreReadInEitherLanguageTrimmedAndWidthNormalised() {
    WorkbookFixture f = zh();
    // row 3 of the roster is elder E01, a CORE teacher; row 4 E02, also CORE
    f.cell("evidence.elder", "C3").setCellValue("  Core  ");
    f.cell("evidence.elder", "C4").setCellValue("ＣＯＲＥ");
    f.cell("evidence.elder", "D3").setCellValue("Yes");
    f.cell("unit", "C3").setCellValue("primary school");
    f.cell("unit", "D3").setCellValue("320412");
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.orElseThrow()).isEqualTo(byKind(sample("01-excellent-primary.json")));
  }

  @Test
  void datesInTheAcceptedFormsAndNumbersTypedAsText() {
    WorkbookFixture f = zh();
    // the first training of sample 01 is dated 2022-02-15 and lasts 2 hours
    for (String form : List.of("2022-02-15", "2022/2/15", "2022.2.15", "2022年2月15日",
        "２０２２年２月１５日", " 2022-2-15 ", "2022 年 2 月 15 日")) {
      f.cell("evidence.training", "B3").setCellValue(form);
      f.cell("evidence.training", "C3").setCellValue("２");
      Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
      assertThat(r.problems()).as(form).filteredOn(Problem::isError).isEmpty();
      assertThat(r.orElseThrow()).as(form)
          .isEqualTo(byKind(sample("01-excellent-primary.json")));
    }
  }

  @Test
  void emptyRowsAreSkippedAndRowsWithOnlyWhiteSpaceToo() {
    WorkbookFixture f = zh();
    // move the last training three rows down, leaving empty rows and a row of spaces between
    org.apache.poi.ss.usermodel.Sheet s = f.sheet("evidence.training");
    int last = s.getLastRowNum();
    s.shiftRows(last, last, 3);
    s.createRow(last + 1).createCell(4).setCellValue("   ");
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.orElseThrow()).isEqualTo(byKind(sample("01-excellent-primary.json")));
  }

  @Test
  void columnsAreFoundByHeaderTextWhenTheKeyRowWasDeleted() {
    WorkbookFixture f = WorkbookFixture.of(sample("01-excellent-primary.json"), Locale.ENGLISH);
    org.apache.poi.ss.usermodel.Sheet s = f.sheet("evidence.elder");
    s.removeRow(s.getRow(1));
    s.shiftRows(2, s.getLastRowNum(), -1);
    // and the columns in another order: tier before category
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.orElseThrow()).isEqualTo(byKind(sample("01-excellent-primary.json")));
  }

  @Test
  void theMetaSheetIsRecognisedWhetherVeryHiddenHiddenOrVisible() {
    for (org.apache.poi.ss.usermodel.SheetVisibility v
        : org.apache.poi.ss.usermodel.SheetVisibility.values()) {
      WorkbookFixture f = zh();
      f.wb.setSheetVisibility(f.wb.getSheetIndex("_meta"), v);
      Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
      assertThat(r.problems()).as(v.name()).isEmpty();
    }
  }

  @Test
  void lenientModeTurnsUnknownSheetsAndColumnsIntoWarnings() {
    WorkbookFixture f = zh();
    f.wb.createSheet("备注").createRow(0).createCell(0).setCellValue("x");
    f.cell("evidence.elder", "F1").setCellValue("备注");
    f.cell("evidence.elder", "F2").setCellValue("elder.note");
    byte[] bytes = f.bytes();
    Result<SelfAssessment> strict = Workbooks.read(bytes, STANDARD, ReadMode.STRICT);
    assertThat(strict.isValid()).isFalse();
    assertThat(strict.problems()).extracting(Problem::getCode).containsExactlyInAnyOrder(
        ProblemCode.WORKBOOK_SHEET_UNKNOWN, ProblemCode.WORKBOOK_COLUMN_UNKNOWN);
    Result<SelfAssessment> lenient = Workbooks.read(bytes, STANDARD, ReadMode.LENIENT);
    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.warnings()).extracting(Problem::getCode).containsExactlyInAnyOrder(
        ProblemCode.WORKBOOK_SHEET_UNKNOWN, ProblemCode.WORKBOOK_COLUMN_UNKNOWN);
  }

  @Test
  void everyProblemOfAWorkbookAtOnceEachAtItsCellWithThePointerItBecame() {
    WorkbookFixture f = zh();
    f.cell("evidence.elder", "C3").setCellValue("核心");
    f.cell("evidence.training", "B4").setCellValue("3/15/2022");
    f.cell("claims", "F3").setCellValue(99);
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation())
        .contains("WORKBOOK_LABEL_UNKNOWN '五老名册'!C3 /evidence/1/tier",
            "WORKBOOK_DATE_AMBIGUOUS '学习培训'!B4 /evidence/11/date",
            "CLAIM_ABOVE_MAX '自评'!F3 /claims/0/points [1.1]");
    Problem label = r.problems().get(0);
    // the message names the allowed labels and the closest one
    assertThat(label.getMessageZh()).contains("核心层、骨干层、参与层", "是否应为 核心层");
    assertThat(io.github.ggw.standards.model.problem.LocationFormat.of(Locale.SIMPLIFIED_CHINESE)
        .format(label.getLocation())).contains("「五老名册」!C3");
  }

  @Test
  void aPersonalNumberInAnyCellIsFlaggedAndNeverEchoed() {
    WorkbookFixture f = zh();
    f.cell("claims", "B3").setCellValue("联系 13812345678");
    f.cell("evidence.training", "E3").setCellValue("家访 11010519491231002X");
    // and a claim above its maximum elsewhere: the personal numbers do not hide it
    f.cell("claims", "F3").setCellValue(99);
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD, ReadMode.LENIENT);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse("")).contains(
        "PERSONAL_DATA_MOBILE_NUMBER 自评!B3", "PERSONAL_DATA_IDENTITY_NUMBER 学习培训!E3",
        "CLAIM_ABOVE_MAX 自评!F3");
    for (Problem p : r.problems()) {
      assertThat(p.toString() + p.getMessageZh() + p.getOffendingValue().orElse(""))
          .doesNotContain("13812345678", "11010519491231002X");
    }
  }

  @Test
  void aYearThatDoesNotReadGetsItsProblemAndNoFindingsOfTheStandInYear() {
    WorkbookFixture f = zh();
    // sample 01 is of 2022; the stand-in year is the standard's first (2021), after which its
    // 2022 records would all lie
    f.cell("unit", "E3").setCellValue("2022年");
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse(""))
        .contains("WORKBOOK_CELL_INVALID 单位信息!E3");
    assertThat(r.problems()).extracting(Problem::getCode).doesNotContain(
        ProblemCode.EVIDENCE_AFTER_YEAR, ProblemCode.EVIDENCE_OUTSIDE_YEAR,
        ProblemCode.ELDER_JOINED_AFTER_YEAR, ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY);
  }

  @Test
  void aDateThatDoesNotReadGetsItsProblemAndNoFindingsOfItsStandIn() {
    WorkbookFixture f = zh();
    // the stand-in of a date is the standard's first day (2021-01-01), before sample 01's year
    // 2022: the record would be "outside the year"; rows 3 and 4 of the trainings given one
    // topic and no date that reads would look alike
    f.cell("evidence.training", "B3").setCellValue("下周一");
    f.cell("evidence.training", "B4").setCellValue("下周二");
    f.cell("evidence.training", "E4").setCellValue(f.cell("evidence.training", "E3")
        .getStringCellValue());
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse(""))
        .contains("WORKBOOK_DATE_INVALID 学习培训!B3", "WORKBOOK_DATE_INVALID 学习培训!B4");
    assertThat(r.problems()).extracting(Problem::getCode).doesNotContain(
        ProblemCode.EVIDENCE_OUTSIDE_YEAR, ProblemCode.EVIDENCE_REPEATED,
        ProblemCode.EVIDENCE_CONTRADICTORY);
  }

  @Test
  void aDeletedDataSheetAndAValueRightOfTheFormAreProblemsAndTheRestIsStillChecked() {
    WorkbookFixture f = zh();
    String activities = f.sheet("evidence.activity").getSheetName();
    f.wb.removeSheetAt(f.wb.getSheetIndex(activities));
    f.sheet("evidence.training").getRow(2).createCell(25).setCellValue("另有 2 课时");
    // and a claim above its maximum, found by the checks against the standard all the same
    f.cell("claims", "F3").setCellValue(99);
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse("") + " " + p.getArguments())
        .contains("WORKBOOK_SHEET_MISSING ! [" + activities + "]",
            "WORKBOOK_CELL_UNHEADED 学习培训!Z3 [另有 2 课时]");
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse(""))
        .contains("CLAIM_ABOVE_MAX 自评!F3");
  }

  @Test
  void aLockedCellChangedFromTheTemplateIsNamedWithBothValuesAndTheClaimsAreStillChecked() {
    WorkbookFixture f = zh();
    // sample 01's template was made for a primary school (its _meta says PRIMARY); the items
    // of its self-score sheet are a primary school's
    f.cell("unit", "C3").setCellValue("幼儿园");
    Result<SelfAssessment> r = Workbooks.read(f.bytes(), STANDARD);
    assertThat(r.isValid()).isFalse();
    Problem p = r.problems().stream()
        .filter(x -> x.getCode() == ProblemCode.WORKBOOK_LOCKED_CELL_CHANGED).findFirst()
        .orElseThrow();
    assertThat(p.getLocation().getSheet().orElseThrow() + "!" + p.getLocation().getCell()
        .orElseThrow()).isEqualTo("单位信息!C3");
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("小学", "幼儿园");
    assertThat(p.getMessage(Locale.ENGLISH)).contains("locked cell");
    // the checks against the standard still ran on the type as written: the claims of a
    // primary school's items that do not apply to a kindergarten are reported too
    // (items 2.1 and 3.4 of the bundled standard do not apply to a kindergarten: rows 9 and 16)
    assertThat(r.problems()).extracting(x -> x.getCode() + " " + x.getLocation().getSheet()
        .orElse("") + "!" + x.getLocation().getCell().orElse(""))
        .contains("CLAIM_NOT_APPLICABLE 自评!A9", "CLAIM_NOT_APPLICABLE 自评!A16");
  }
}
