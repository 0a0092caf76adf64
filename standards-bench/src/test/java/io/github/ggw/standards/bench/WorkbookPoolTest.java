package io.github.ggw.standards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.sheets.Workbooks;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workbook pool of {@link WorkbookPathBenchmark} and its floor, {@link PoiFloor}. */
class WorkbookPoolTest {
  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();

  @ParameterizedTest
  @ValueSource(strings = {"changzhou", "synthetic-15", "synthetic-60", "synthetic-240"})
  void poolWorkbooksAreAllDifferentAndReadBackAsThePoolsAssessments(String sheet) {
    WorkbookPool pool = WorkbookPool.of(sheet, json, scorer);
    assertThat(pool.workbooks.length).isEqualTo(Pool.SIZE);
    assertThat(pool.assessments).hasSize(Pool.SIZE);
    for (int i = 0; i < Pool.SIZE; i++) {
      for (int j = i + 1; j < Pool.SIZE; j++) {
        assertThat(Arrays.equals(pool.workbooks[i], pool.workbooks[j]))
            .as("workbooks %d and %d of %s", i, j, sheet).isFalse();
        assertThat(pool.assessments[i]).as("assessments %d and %d of %s", i, j, sheet)
            .isNotEqualTo(pool.assessments[j]);
      }
      Result<SelfAssessment> read = Workbooks.read(pool.workbooks[i], pool.standard);
      assertThat(read.isValid()).as("workbook %d of %s", i, sheet).isTrue();
      // the same findings as the JSON path of the same assessment, none lost or added
      assertThat(WorkbookPool.findings(read.problems())).as("workbook %d of %s", i, sheet)
          .isEqualTo(pool.jsonFindings.get(i));
      if ("changzhou".equals(sheet)) {
        assertThat(read.problems()).as("workbook %d of %s", i, sheet).isEmpty();
      }
      assertThat(read.orElseThrow()).as("workbook %d of %s", i, sheet)
          .isEqualTo(pool.assessments[i]);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"changzhou", "synthetic-60"})
  void floorTouchesEveryValuedCellOfEverySheetButTheListsAndTheInstructions(String sheet)
      throws Exception {
    byte[] bytes = WorkbookPool.of(sheet, json, scorer).workbooks[5];
    int sheets;
    long cells = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getSheetIndex(PoiFloor.LISTS_SHEET)).isNotNegative();
      assertThat(wb.getSheetIndex(PoiFloor.INSTRUCTIONS_SHEET)).isNotNegative();
      sheets = wb.getNumberOfSheets();
      for (Sheet s : wb) {
        if (s.getSheetName().equals(PoiFloor.LISTS_SHEET)
            || s.getSheetName().equals(PoiFloor.INSTRUCTIONS_SHEET)) {
          continue;
        }
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() != CellType.BLANK) {
              cells++;
            }
          }
        }
      }
    }
    PoiFloor.Touched touched = PoiFloor.parse(bytes, PoiFloor.formatter());
    // all sheets of the user model but the two skipped ones, cell for cell
    assertThat(touched.skipped()).isEqualTo(2);
    assertThat(touched.sheets()).isEqualTo(sheets - 2);
    assertThat(touched.cells()).isEqualTo(cells).isPositive();
    assertThat(touched.chars()).isGreaterThanOrEqualTo(touched.cells());
  }
}
