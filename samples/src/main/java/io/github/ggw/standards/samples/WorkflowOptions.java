package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options and plumbing the workflow commands share: the standard, the unit registry, the
 * clock, the language, strictness and the output folder; loading them, reading inputs (a file or
 * {@code -}, through {@link InputResolver}) and case files (digests checked, trail replayed),
 * writing the resulting case file (to standard output, or with {@code --output DIR} into that
 * folder, standard output then keeping the summary), and reporting problems and refusals on
 * standard error with the exit codes of the command-line contract.
 */
final class WorkflowOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--standard", paramLabel = "FILE")
  Path standardFile;

  @Option(names = "--registry", paramLabel = "FILE")
  Path registryFile;

  @Option(names = "--now", paramLabel = "TIME")
  OffsetDateTime now;

  @picocli.CommandLine.Mixin Language language;

  @Option(names = "--output", paramLabel = "DIR")
  Path output;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  private StandardsJson json;
  private WorkflowJson workflowJson;
  private Words words;
  private InputResolver one;

  Words words() {
    if (words == null) {
      words = language.words();
    }
    return words;
  }

  StandardsJson json() {
    if (json == null) {
      ReadMode mode = ScoreCommand.Strictness.modeOf(strictness);
      json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    }
    return json;
  }

  WorkflowJson workflowJson() {
    if (workflowJson == null) {
      workflowJson = WorkflowJson.create(json());
    }
    return workflowJson;
  }

  /** The run's environment. */
  Environment environment() {
    return Environment.of(spec);
  }

  /**
   * Reads one JSON input: a file or {@code -}.
   *
   * @param arg the argument
   * @return the input with its bytes, or refused
   */
  Input input(Path arg) {
    if (one == null) {
      one = new InputResolver(words(), java.util.EnumSet.of(InputKind.JSON), false,
          json().getLimits().maxDocumentBytes(), environment());
    }
    return one.readOne(arg);
  }

  /**
   * Reads one self-assessment input, JSON or workbook: a file or {@code -}.
   *
   * @param arg the argument
   * @return the input with its bytes, or refused
   */
  Input assessmentInput(Path arg) {
    return new InputResolver(words(),
        java.util.EnumSet.of(InputKind.JSON, InputKind.XLSX), false,
        json().getLimits().maxDocumentBytes(), environment()).readOne(arg);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Where the summary goes: standard error while the case file goes to standard output. */
  PrintWriter human() {
    return output == null ? err() : out();
  }

  /**
   * The workflow of the chosen standard and registry, with the fixed or system clock.
   *
   * @return the workflow, or null after printing why the standard or registry is unusable
   * @throws UncheckedIOException when {@code --output} names an existing file, not a folder
   *     ({@link OutputFiles#requireFolder}): refused before any work is done
   */
  Workflow workflow() {
    try {
      OutputFiles.requireFolder(output);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UncheckedIOException(e);
    }
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = new StandardFiles(json().getMode(), words(), environment())
          .read(standardFile, java.util.Optional.empty());
      if (!s.isValid()) {
        problems(standardFile.toString(), s.problems());
        return null;
      }
      standard = s.orElseThrow();
    }
    UnitRegistry registry = ReferenceData.changzhouRegistry();
    if (registryFile != null) {
      Input in = input(registryFile);
      Result<UnitRegistry> r = in.isRefused() ? Result.refused(in.problems())
          : workflowJson().readRegistry(in.bytes());
      if (!r.isValid()) {
        problems(registryFile.toString(), r.problems());
        return null;
      }
      registry = r.orElseThrow();
    }
    Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(now.toInstant(), Workflow.ZONE);
    return workflowJson().workflow(standard, registry, clock);
  }

  /**
   * Reads a case file, checking its digests and replaying its trail.
   *
   * @return the file, or null after printing its problems
   */
  CaseFile read(Path file, Workflow workflow) {
    Input in = input(file);
    Result<CaseFile> r = in.isRefused() ? Result.refused(in.problems())
        : workflowJson().readCaseFile(in.bytes(), workflow);
    if (!r.isValid()) {
      problems(file.toString(), r.problems());
      return null;
    }
    return r.orElseThrow();
  }

  /** Prints each problem of a source on standard error. */
  void problems(String source, List<Problem> problems) {
    ScoreCommand.printProblems(err(), words(), source, problems);
  }

  /** Prints a refusal on standard error and returns the exit code of a refused transition. */
  int refused(RefusedTransitionException e) {
    err().println(words().refused(e));
    ScoreCommand.printProblems(err(), words(), "-", e.problems());
    return StandardsCommand.INVALID_INPUT;
  }

  /** Writes the resulting case file and its summary; returns the exit code. */
  int result(CaseFile file, Workflow workflow) throws IOException {
    String text = workflowJson().writeCaseFile(file);
    if (output == null) {
      out().println(text);
    } else {
      Path target = new OutputFiles(words(), err()).write(output.resolve(file.getUnitId() + "-"
          + file.getYear() + ".case.json"), (text + "\n").getBytes(StandardCharsets.UTF_8));
      human().println(words().get("workflow.written", target));
    }
    human().print(CaseText.render(file, workflow.getStandard(), words()));
    return StandardsCommand.OK;
  }
}
