package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.sheets.Workbooks;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The documents of a batch run (批量输入): score reports, self-assessments (scored on reading)
 * and designation lists, from the inputs {@link InputResolver} found (files, folders searched
 * for {@code *.json}, {@code -}), told apart by their {@code kind}. What cannot be read is kept
 * as problems per source. One unit and year, one file: a second file of the same content is
 * counted once (a warning), one of other content is a conflict ({@link UnitYearFiles}).
 */
final class BatchInput {
  final List<ScoreReport> reports = new ArrayList<>();
  /** The assessments read, each with the report it scored to. */
  final Map<SelfAssessment, ScoreReport> assessments = new LinkedHashMap<>();
  final List<UnitDesignation> designations = new ArrayList<>();
  final Map<String, List<Problem>> refused = new LinkedHashMap<>();
  /** The reports' units and years by file: repeats counted once, conflicts found. */
  final UnitYearFiles files = new UnitYearFiles();

  private final StandardsJson json;
  private final PlansJson plans;
  private final Scorer scorer = Scorer.create();
  private final Standard standard;
  private final InputResolver resolver;

  BatchInput(StandardsJson json, Standard standard, InputResolver resolver) {
    this.json = json;
    this.plans = PlansJson.create(json);
    this.standard = standard;
    this.resolver = resolver;
  }

  /** Reads the bundled sample assessments. */
  void addBundledSamples() {
    for (String name : ReferenceData.sampleNames()) {
      add(resolver.bundled("samples/" + name, ReferenceData.sample(name)));
    }
  }

  /** Reads one input (its file now), or keeps why it is refused. */
  void add(Input input) {
    Input read = resolver.load(input);
    if (read.isRefused()) {
      refused.put(read.name(), read.problems());
    } else if (read.kind() == InputKind.XLSX) {
      addWorkbook(read.name(), read.bytes());
    } else {
      add(read.name(), read.bytes());
    }
  }

  /** Reads and scores a self-assessment workbook, its problems at their cells. */
  private void addWorkbook(String source, byte[] bytes) {
    Result<SelfAssessment> read = Workbooks.read(bytes, standard, json.getMode());
    if (!read.isValid()) {
      refused.put(source, read.problems());
      return;
    }
    Result<ScoreReport> outcome = scorer.score(standard, read.orElseThrow());
    if (outcome.isValid()) {
      ScoreReport report = outcome.value().orElseThrow();
      reports.add(report);
      assessments.put(read.orElseThrow(), report);
    } else {
      refused.put(source, Workbooks.locate(bytes, standard, outcome.problems()));
    }
  }

  private void add(String source, byte[] bytes) {
    String kind = plans.kindOf(bytes).orElse("");
    switch (kind) {
      case "score-report" -> keep(source, json.readReport(bytes),
          r -> report(source, bytes, r, null));
      case "designations" -> keep(source, plans.readDesignations(bytes), designations::addAll);
      case "self-assessment", "" -> addAssessment(source, bytes);
      default -> refused.put(source, json.locate(bytes, List.of(Problem.of(
          ProblemCode.JSON_WRONG_KIND, Location.pointer("/kind"), kind, kind,
          "score-report, self-assessment, designations"))));
    }
  }

  /** Reads and scores a self-assessment (or names what is wrong with a file of no kind). */
  private void addAssessment(String source, byte[] bytes) {
    Result<SelfAssessment> read = json.readAssessment(bytes);
    if (!read.isValid()) {
      refused.put(source, read.problems());
      return;
    }
    Result<ScoreReport> outcome = scorer.score(standard, read.orElseThrow());
    if (outcome.isValid()) {
      report(source, bytes, outcome.value().orElseThrow(), read.orElseThrow());
    } else {
      refused.put(source, json.locate(bytes, outcome.problems()));
    }
  }

  /**
   * Keeps a report (and the assessment it scored) unless its unit and year came already: a
   * repeat of the same file content is counted once; a conflict is noted, and {@link #settle()}
   * drops every report of that unit and year.
   */
  private void report(String source, byte[] bytes, ScoreReport report, SelfAssessment from) {
    if (files.add(report.unit().id().value(), report.year(), source, bytes)
        == UnitYearFiles.Seen.FIRST) {
      reports.add(report);
      if (from != null) {
        assessments.put(from, report);
      }
    }
  }

  /**
   * Drops the reports and assessments of every unit and year that met a conflict; call once
   * every input is read.
   *
   * @return how many conflicts there were
   */
  int settle() {
    reports.removeIf(r -> files.inConflict(r.unit().id().value(), r.year()));
    assessments.values().removeIf(r -> files.inConflict(r.unit().id().value(), r.year()));
    return files.conflicts();
  }

  private <T> void keep(String source, Result<T> read, Consumer<T> sink) {
    if (read.isValid()) {
      sink.accept(read.orElseThrow());
    } else {
      refused.put(source, read.problems());
    }
  }

  /** Prints the problems of every refused source; returns how many sources were refused. */
  int printRefused(PrintWriter w, Words words) {
    refused.forEach((source, problems) -> problems.forEach(p -> w.println(words.problem(source,
        p))));
    return refused.size();
  }
}
