package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.sheets.internal.CsvRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The blank authoring workbook of {@link StandardWorkbooks#template()}: Chinese headers, drop-downs
 * for rule kinds and item kinds, one example row per rule kind, and it reads back (as it is, and
 * after the example rows are filled in) to a valid standard.
 */
class StandardWorkbookTemplateTest {
  private static final StandardWorkbooks XLSX = StandardWorkbooks.create();

  private static XSSFWorkbook open(byte[] b) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(b));
  }

  @Test
  void theHeadersAreInChinese() throws IOException {
    try (XSSFWorkbook wb = open(StandardWorkbooks.template())) {
      Row header = wb.getSheet(StandardWorkbooks.SHEET).getRow(0);
      List<String> names = java.util.stream.StreamSupport.stream(header.spliterator(), false)
          .map(c -> c.getStringCellValue()).toList();
      assertThat(names).containsExactly("编号", "上级编号", "指标", "指标英文", "要求", "要求英文",
          "分值", "类型", "评分方式", "评分参数", "权重", "不适用", "出处", "条款", "状态", "备注");
      assertThat(wb.getSheetIndex(StandardWorkbooks.SHEET)).isZero();
    }
  }

  @Test
  void theRuleKindAndItemKindColumnsHaveDropDowns() throws IOException {
    try (XSSFWorkbook wb = open(StandardWorkbooks.template())) {
      XSSFSheet s = wb.getSheet(StandardWorkbooks.SHEET);
      List<? extends DataValidation> v = s.getDataValidations();
      // 评分方式 is column I (index 8), 类型 column H (index 7)
      assertThat(v).anySatisfy(d -> {
        assertThat(d.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(8);
        assertThat(d.getValidationConstraint().getFormula1()).contains("_lists").contains("$A$");
      });
      assertThat(v).anySatisfy(d -> {
        assertThat(d.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(7);
        assertThat(d.getValidationConstraint().getFormula1()).contains("_lists").contains("$B$");
      });
      XSSFSheet lists = wb.getSheet("_lists");
      assertThat(wb.getSheetVisibility(wb.getSheetIndex(lists)))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      Set<String> rules = java.util.stream.StreamSupport.stream(lists.spliterator(), false)
          .map(r -> r.getCell(0)).filter(java.util.Objects::nonNull)
          .map(c -> c.getStringCellValue()).collect(Collectors.toSet());
      // nine kinds, each in Chinese and English, and each one the rule column accepts
      assertThat(rules).hasSize(18).contains("计数扣分", "counted-deduction", "按比例得分");
      assertThat(rules).allSatisfy(k -> assertThat(CsvRules.kind(k)).isPresent());
      assertThat(rules.stream().map(k -> CsvRules.kind(k).orElseThrow()).distinct()).hasSize(9);
      Set<String> kinds = java.util.stream.StreamSupport.stream(lists.spliterator(), false)
          .map(r -> r.getCell(1)).filter(java.util.Objects::nonNull)
          .map(c -> c.getStringCellValue()).collect(Collectors.toSet());
      assertThat(kinds).contains("关键指标", "加分项", "一票否决项", "KEY", "BONUS", "VETO");
    }
  }

  @Test
  void theTemplateReadsBackToAValidStandardWithOneExampleRowPerRuleKind() {
    Result<Standard> r = XLSX.readStandard(StandardWorkbooks.template());
    assertThat(r.isValid()).as(r.problems().toString()).isTrue();
    assertThat(r.problems()).isEmpty();
    Standard s = r.orElseThrow();
    assertThat(s.getId().toString()).isEqualTo("example-standard");
    List<Class<?>> kinds = s.getAllCriteria().map(Criterion::getRule).flatMap(Optional::stream)
        .<Class<?>>map(ScoringRule::getClass).toList();
    assertThat(kinds).containsExactlyInAnyOrder(AllOrNothing.class, Judgement.class,
        PerOccurrence.class, ThresholdLadder.class, TieredCredit.class, Deduction.class,
        DiscretionaryDeduction.class, CountedDeduction.class, Veto.class);
    // dimensions 4 + 4 + 4 + 3 + 5 = 20 and 6 + 6 + 8 = 20, the veto 0
    assertThat(s.getNominalMax()).isEqualTo(Points.of(40));
  }

  @Test
  void theTemplateFilledInReadsBackToAValidStandard() throws IOException {
    byte[] filled;
    try (XSSFWorkbook wb = open(StandardWorkbooks.template())) {
      XSSFSheet s = wb.getSheet(StandardWorkbooks.SHEET);
      // the @standard row: own title and id; item 1.3 (按次计分): 2 points per training, 4 most
      Row std = s.getRow(1);
      std.getCell(2).setCellValue("某区中小学关工委工作评分表");
      std.getCell(9).setCellValue(std.getCell(9).getStringCellValue()
          .replace("id=example-standard", "id=district-sheet"));
      Row perOccurrence = s.getRow(5);
      assertThat(perOccurrence.getCell(0).getStringCellValue()).isEqualTo("1.3");
      perOccurrence.getCell(9).setCellValue("measure=trainings.count; pointsEach=2");
      // a new item under dimension 2, typed as a person would: code as text, points a number;
      // the dimension's points raised to match, 20 + 2 = 22
      Row dimension2 = s.getRow(8);
      assertThat(dimension2.getCell(0).getStringCellValue()).isEqualTo("2");
      dimension2.getCell(6).setCellValue(22);
      Row added = s.createRow(s.getLastRowNum() + 1);
      added.createCell(0).setCellValue("2.4");
      added.createCell(1).setCellValue("2");
      added.createCell(2).setCellValue("工作总结");
      added.createCell(6).setCellValue(2);
      added.createCell(8).setCellValue("达标得分");
      added.createCell(9).setCellValue(
          "measure=documents.count; documentKinds=SUMMARY; atLeast=1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
    }
    Result<Standard> r = XLSX.readStandard(filled);
    assertThat(r.isValid()).as(r.problems().toString()).isTrue();
    Standard s = r.orElseThrow();
    assertThat(s.getId().toString()).isEqualTo("district-sheet");
    assertThat(s.getTitle().zh()).isEqualTo("某区中小学关工委工作评分表");
    assertThat(s.getAllCriteria().filter(c -> c.getCode().toString().equals("2.4")).findFirst())
        .hasValueSatisfying(c -> assertThat(c.getRule()).containsInstanceOf(AllOrNothing.class));
    // dimension 2 now 6 + 6 + 8 + 2 = 22, so 20 + 22 = 42 in all
    assertThat(s.getNominalMax()).isEqualTo(Points.of(42));
  }
}
