package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The documents of a batch run (批量输入): score reports, self-assessments (scored on reading)
 * and designation lists, read from files and folders (every {@code *.json} in a folder, by name)
 * and told apart by their {@code kind}. What cannot be read is kept as problems per source.
 */
final class BatchInput {
  final List<ScoreReport> reports = new ArrayList<>();
  /** The assessments read, each with the report it scored to. */
  final Map<SelfAssessment, ScoreReport> assessments = new LinkedHashMap<>();
  final List<UnitDesignation> designations = new ArrayList<>();
  final Map<String, List<Problem>> refused = new LinkedHashMap<>();

  private final StandardsJson json;
  private final PlansJson plans;
  private final Scorer scorer = Scorer.create();
  private final Standard standard;

  BatchInput(StandardsJson json, Standard standard) {
    this.json = json;
    this.plans = PlansJson.create(json);
    this.standard = standard;
  }

  /** Reads the bundled sample assessments. */
  void addBundledSamples() {
    for (String name : ReferenceData.sampleNames()) {
      add("samples/" + name, ReferenceData.sample(name));
    }
  }

  /** Reads a file, or every {@code *.json} file of a folder in name order. */
  void addPath(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
            .sorted().forEach(this::addFile);
      } catch (IOException | SecurityException e) {
        refuse(path.toString(), e.getClass().getSimpleName());
      }
    } else {
      addFile(path);
    }
  }

  private void addFile(Path f) {
    try {
      if (Files.size(f) > json.getLimits().maxDocumentBytes()) {
        refuse(f.toString(), "larger than the limit");
        return;
      }
      add(f.toString(), Files.readAllBytes(f));
    } catch (IOException | SecurityException e) {
      refuse(f.toString(), "missing or unreadable");
    }
  }

  private void add(String source, byte[] bytes) {
    String kind = plans.kindOf(bytes).orElse("");
    switch (kind) {
      case "score-report" -> keep(source, json.readReport(bytes), reports::add);
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
      ScoreReport report = outcome.value().orElseThrow();
      reports.add(report);
      assessments.put(read.orElseThrow(), report);
    } else {
      refused.put(source, json.locate(bytes, outcome.problems()));
    }
  }

  private <T> void keep(String source, Result<T> read, Consumer<T> sink) {
    if (read.isValid()) {
      sink.accept(read.orElseThrow());
    } else {
      refused.put(source, read.problems());
    }
  }

  private void refuse(String source, String why) {
    refused.put(source, List.of(Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
        source, why)));
  }

  /** Prints the problems of every refused source; returns how many sources were refused. */
  int printRefused(PrintWriter w, Words words) {
    refused.forEach((source, problems) -> problems.forEach(p -> w.println(words.get("problem",
        source, p.getSeverity(), p.getCode(), p.getLocation(), p.getMessage(words.locale())))));
    return refused.size();
  }
}
