package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.sheets.Workbooks;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-assessment input of a command, JSON or workbook as {@link InputResolver} decided by
 * content: read, and scored, the one way every command that takes an assessment does. A workbook
 * is read by {@link Workbooks#read(byte[], Standard, ReadMode)}, so its problems name the sheet
 * and cell; the scorer's warnings are then placed at cells too ({@link Workbooks#locate}).
 */
final class AssessmentInputs {
  private AssessmentInputs() {}

  /**
   * Reads an input that was not refused.
   *
   * @param in the input, with its bytes
   * @param json the JSON reader of the run
   * @param standard the standard a workbook is read against
   * @return the assessment, or the problems
   */
  static Result<SelfAssessment> read(Input in, StandardsJson json, Standard standard) {
    return in.kind() == InputKind.XLSX ? Workbooks.read(in.bytes(), standard, json.getMode())
        : json.readAssessment(in.bytes());
  }

  /**
   * Reads and scores a workbook.
   *
   * @param source the input's display name
   * @param bytes the workbook's bytes
   * @param standard the standard
   * @param mode the read mode
   * @return the report with the reader's and the scorer's warnings at their cells, or the
   *     problems
   */
  static SourcedResult scoreWorkbook(String source, byte[] bytes, Standard standard,
      ReadMode mode) {
    Result<SelfAssessment> read = Workbooks.read(bytes, standard, mode);
    if (!read.isValid()) {
      return new SourcedResult(source, null, read.problems());
    }
    Result<ScoreReport> outcome = Scorer.create().score(standard, read.orElseThrow());
    if (!outcome.isValid()) {
      return new SourcedResult(source, null,
          Workbooks.locate(bytes, standard, outcome.problems()));
    }
    ScoreReport report = outcome.orElseThrow();
    List<Problem> warnings = new ArrayList<>(read.problems());
    // the reader ran the checks against the standard already: their warnings are not repeated
    List<Problem> later = report.warnings().stream()
        .filter(w -> read.problems().stream().noneMatch(r -> r.getCode() == w.getCode()
            && r.getLocation().getPointer().equals(w.getLocation().getPointer())))
        .toList();
    warnings.addAll(Workbooks.locate(bytes, standard, later));
    return new SourcedResult(source, report.withWarnings(warnings), List.of());
  }
}
