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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * clock, the language, strictness and the output folder; loading them, reading case files
 * (digests checked, trail replayed), writing the resulting case file, and reporting problems and
 * refusals with the exit codes of the command-line contract.
 */
final class WorkflowOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--standard", paramLabel = "FILE",
      description = "The standard (JSON) instead of the bundled Changzhou one.")
  Path standardFile;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "The unit registry (JSON) instead of the bundled, modelled one.")
  Path registryFile;

  @Option(names = "--now", paramLabel = "TIME",
      description = "Act at this time, such as 2022-12-15T15:00:00+08:00 (default: the clock).")
  OffsetDateTime now;

  @picocli.CommandLine.Mixin Language language;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Write the resulting file into DIR instead of standard output.")
  Path output;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  private StandardsJson json;
  private WorkflowJson workflowJson;
  private Words words;

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

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Where human text goes: standard error while the JSON result goes to standard output. */
  PrintWriter human() {
    return output == null ? err() : out();
  }

  /**
   * The workflow of the chosen standard and registry, with the fixed or system clock.
   *
   * @return the workflow, or null after printing why the standard or registry is unusable
   */
  Workflow workflow() {
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = json().readStandard(standardFile);
      if (!s.isValid()) {
        problems(standardFile.toString(), s.problems());
        return null;
      }
      standard = s.orElseThrow();
    }
    UnitRegistry registry = ReferenceData.changzhouRegistry();
    if (registryFile != null) {
      Result<UnitRegistry> r = workflowJson().readRegistry(registryFile);
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
    Result<CaseFile> r = workflowJson().readCaseFile(file, workflow);
    if (!r.isValid()) {
      problems(file.toString(), r.problems());
      return null;
    }
    return r.orElseThrow();
  }

  /** Prints each problem of a source on the human stream. */
  void problems(String source, List<Problem> problems) {
    for (Problem p : problems) {
      human().println(words().get("problem", source, p.getSeverity(), p.getCode(),
          p.getLocation(), p.getMessage(words().locale())));
    }
  }

  /** Prints a refusal and returns the exit code of a refused transition. */
  int refused(RefusedTransitionException e) {
    human().println(words().get("refused", e.getCode(), e.getMessage(words().locale())));
    e.problems().forEach(p -> human().println(words().get("problem", "-", p.getSeverity(),
        p.getCode(), p.getLocation(), p.getMessage(words().locale()))));
    return StandardsCommand.INVALID_INPUT;
  }

  /** Writes the resulting case file and its summary; returns the exit code. */
  int result(CaseFile file, Workflow workflow) throws IOException {
    String text = workflowJson().writeCaseFile(file);
    if (output == null) {
      out().println(text);
    } else {
      Files.createDirectories(output);
      Path target = output.resolve(file.unitId() + "-" + file.year() + ".case.json");
      Files.writeString(target, text + "\n", StandardCharsets.UTF_8);
      human().println(words().get("workflow.written", target));
    }
    human().print(CaseText.render(file, workflow.getStandard(), words()));
    return StandardsCommand.OK;
  }
}
