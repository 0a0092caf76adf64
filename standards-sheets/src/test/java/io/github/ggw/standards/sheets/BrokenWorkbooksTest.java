package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken or hostile workbook of {@link BrokenWorkbooks}, written to disk, gets its problem
 * at its place, within one second once the reader is warm, and never an exception.
 */
class BrokenWorkbooksTest {
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  @TempDir static Path dir;
  static List<Path> files;

  @BeforeAll
  static void write() throws Exception {
    files = BrokenWorkbooks.writeAll(dir);
  }

  /** Where a problem is, as the table writes it. */
  static String where(Location l) {
    if (l.getSheet().isEmpty()) {
      return "-";
    }
    return l.getSheet().get() + l.getCell().map(c -> "!" + c).orElse("");
  }

  @Test
  void theTableIsLargeAndVaried() {
    List<BrokenWorkbooks.Case> all = BrokenWorkbooks.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all.stream().map(BrokenWorkbooks.Case::code).distinct().count())
        .isGreaterThanOrEqualTo(20);
    assertThat(files).allMatch(Files::isRegularFile);
  }

  @Test
  void eachBrokenWorkbookGetsItsProblemAtItsPlaceWithinASecond() throws Exception {
    // warm up on a good workbook and on each file once
    byte[] good = WorkbookFixture.of(BrokenWorkbooks.sample(),
        java.util.Locale.SIMPLIFIED_CHINESE).bytes();
    for (int i = 0; i < 3; i++) {
      Workbooks.read(good, STANDARD);
    }
    List<BrokenWorkbooks.Case> cases = BrokenWorkbooks.all();
    List<String> wrong = new java.util.ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      BrokenWorkbooks.Case c = cases.get(i);
      byte[] bytes = Files.readAllBytes(files.get(i));
      Workbooks.read(bytes, STANDARD);
      // the best of three runs: the machine may be busy with other work
      long millis = Long.MAX_VALUE;
      Result<SelfAssessment> r = null;
      for (int run = 0; run < 3 && millis >= 1_000; run++) {
        long start = System.nanoTime();
        r = Assessments.read(files.get(i), STANDARD);
        millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
      }
      String found = r.problems().stream().map(p -> p.getCode() + " " + where(p.getLocation()))
          .collect(Collectors.joining("; "));
      if (r.problems().stream().noneMatch(
          p -> p.getCode() == c.code() && where(p.getLocation()).equals(c.where()))
          || r.isValid() == c.refused() || millis >= 1_000) {
        wrong.add(c.name() + " (" + millis + " ms, valid " + r.isValid() + "): " + found);
      }
      for (Problem p : r.problems()) {
        assertThat(p.getMessageZh()).isNotBlank();
        assertThat(p.getMessageEn()).isNotBlank();
      }
    }
    assertThat(wrong).isEmpty();
  }
}
