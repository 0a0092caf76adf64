package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.sheets.Workbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The {@link Pool} of a sheet as {@value Pool#SIZE} self-assessment workbooks (XLSX bytes), one
 * per assessment of the pool, written by the project's own workbook writer: {@link
 * Workbooks#template(Standard, SelfAssessment, OptionalInt, Locale)} pre-filled from the
 * assessment, keeping its year (so nothing is carried over or dropped: the workbook holds the
 * same assessment), in Chinese, the language schools fill them in. The workbooks differ as their
 * assessments do (for {@code changzhou}, the unit id), so no cache keyed on the bytes can help.
 *
 * <p>Checked when built: every workbook is written without a warning, and {@link
 * Workbooks#read(byte[], Standard)} reads it back without an error, into an assessment equal to
 * the pool's, with exactly the findings the JSON path makes for the same assessment (the JSON
 * reader's and {@link AssessmentChecker}'s, compared by code and JSON pointer): none for {@code
 * changzhou}; for the synthetic sheets the few warnings the test kit's generator gives some of
 * its assessments (such as more working-team elders than roster entries), which the JSON path
 * reports alike. A pool that does not is refused with an {@link IllegalStateException}, so a
 * benchmark never measures a refusal or a reader that drops or adds findings.
 */
final class WorkbookPool {
  /** The standard of the sheet. */
  final Standard standard;
  /** The workbook bytes of each assessment, each a separate array; length {@value Pool#SIZE}. */
  final byte[][] workbooks = new byte[Pool.SIZE][];
  /**
   * The pool's assessments the workbooks were written from, each equal to what its workbook
   * reads back as; length {@value Pool#SIZE}.
   */
  final SelfAssessment[] assessments;
  /**
   * The findings of the JSON path for each assessment (its JSON reader's problems, then the
   * checks against the standard), as {@link #findings(List)} gives them; length {@value
   * Pool#SIZE}.
   */
  final List<List<String>> jsonFindings = new ArrayList<>();

  private WorkbookPool(Pool pool) {
    this.standard = pool.standard;
    this.assessments = pool.assessments;
  }

  /**
   * Builds the workbook pool of a sheet.
   *
   * @param sheet {@code changzhou} or {@code synthetic-N}, as {@link Pool#of}
   * @param json the JSON reader the underlying pool is built with
   * @param scorer the scorer the underlying pool is checked with
   * @return the pool
   * @throws IllegalStateException if a workbook is written with warnings, is refused when read
   *     back, reads back as another assessment or with other findings than the JSON path's
   */
  static WorkbookPool of(String sheet, StandardsJson json, Scorer scorer) {
    Pool underlying = Pool.of(sheet, json, scorer);
    WorkbookPool pool = new WorkbookPool(underlying);
    for (int i = 0; i < Pool.SIZE; i++) {
      List<Problem> fromJson = new ArrayList<>(json.readAssessment(underlying.bytes[i])
          .problems());
      fromJson.addAll(AssessmentChecker.check(pool.standard, pool.assessments[i]));
      pool.jsonFindings.add(findings(fromJson));
      Result<byte[]> written = Workbooks.template(pool.standard, pool.assessments[i],
          OptionalInt.empty(), Locale.SIMPLIFIED_CHINESE);
      if (!written.isValid() || !written.problems().isEmpty()) {
        throw new IllegalStateException("workbook " + i + " of " + sheet + " is written with "
            + written.problems());
      }
      pool.workbooks[i] = written.orElseThrow();
      Result<SelfAssessment> read = Workbooks.read(pool.workbooks[i], pool.standard);
      if (!read.isValid() || !findings(read.problems()).equals(pool.jsonFindings.get(i))) {
        throw new IllegalStateException("workbook " + i + " of " + sheet + " reads back with "
            + read.problems() + ", the JSON path with " + pool.jsonFindings.get(i));
      }
      if (!read.orElseThrow().equals(pool.assessments[i])) {
        throw new IllegalStateException("workbook " + i + " of " + sheet
            + " reads back as another assessment");
      }
    }
    return pool;
  }

  /**
   * Findings as comparable keys, whatever place their reader gave them (a cell for the workbook,
   * a line and column for JSON): severity, code and JSON pointer of each, sorted.
   *
   * @param problems the problems, not null
   * @return one {@code SEVERITY CODE pointer} key per problem, sorted; unmodifiable
   */
  static List<String> findings(List<Problem> problems) {
    return problems.stream().map(p -> p.getSeverity() + " " + p.getCode() + " "
        + p.getLocation().getPointer().orElse("-")).sorted().toList();
  }
}
