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
 * self-assessment (提交自评材料, a file or {@code -}) and gets a new case file, or resubmits a
 * returned one.
 */
@Command(name = "submit", mixinStandardHelpOptions = true)
final class SubmitCommand implements Callable<Integer> {
  @Mixin WorkflowOptions options;

  @Option(names = "--actor", required = true, paramLabel = "ID",
      converter = ActorIdConverter.class)
  ActorId actor;

  @Option(names = "--case", paramLabel = "CASE")
  Path caseFile;

  @Parameters(paramLabel = "ASSESSMENT", descriptionKey = "assessment")
  Path assessmentFile;

  @Override
  public Integer call() throws IOException {
    Workflow workflow = options.workflow();
    if (workflow == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    Input in = options.assessmentInput(assessmentFile);
    Result<SelfAssessment> read = in.isRefused() ? Result.refused(in.problems())
        : AssessmentInputs.read(in, options.json(), workflow.getStandard());
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
