package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standards submit --actor ID [--case CASE] ASSESSMENT}: a unit submits its
 * self-assessment (提交自评材料) and gets a new case file, or resubmits a returned one.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Submit a self-assessment (自查自评) as a new case file, or resubmit it into a "
        + "returned case file with --case.")
final class SubmitCommand implements Callable<Integer> {
  @Mixin WorkflowOptions options;

  @Option(names = "--actor", required = true, paramLabel = "ID",
      converter = ActorIdConverter.class,
      description = "The registered unit staff who submit.")
  ActorId actor;

  @Option(names = "--case", paramLabel = "CASE",
      description = "A returned case file (JSON) to resubmit into.")
  Path caseFile;

  @Parameters(paramLabel = "ASSESSMENT", description = "The self-assessment (JSON).")
  Path assessmentFile;

  @Override
  public Integer call() throws IOException {
    Workflow workflow = options.workflow();
    if (workflow == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    Result<SelfAssessment> read = options.json().readAssessment(assessmentFile);
    if (!read.isValid()) {
      options.problems(assessmentFile.toString(), read.problems());
      return StandardsCommand.INVALID_INPUT;
    }
    CaseFile returned = null;
    if (caseFile != null && (returned = options.read(caseFile, workflow)) == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    try {
      CaseFile result = returned == null ? workflow.submit(read.orElseThrow(), actor)
          : workflow.resubmit(returned, read.orElseThrow(), actor);
      return options.result(result, workflow);
    } catch (RefusedTransitionException e) {
      return options.refused(e);
    }
  }
}
