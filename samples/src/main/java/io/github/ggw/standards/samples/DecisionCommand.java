package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code review} and {@code approve} share: the actor, the adjustments of judgement items,
 * the case file acted on, and the path from reading the file (digests checked, trail replayed)
 * to writing the new one or reporting the refusal.
 */
abstract class DecisionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkflowOptions options;

  @Option(names = "--actor", required = true, paramLabel = "ID",
      converter = ActorIdConverter.class)
  ActorId actor;

  @Option(names = "--adjust", paramLabel = "CODE:POINTS:REASON",
      converter = AdjustmentConverter.class)
  List<Adjustment> adjustments = new ArrayList<>();

  @Parameters(paramLabel = "CASE", descriptionKey = "caseFile")
  Path caseFile;

  /** A usage error of this command (exit 2), its message from {@code cli*.properties}. */
  UsageException usage(String key, Object... args) {
    return new UsageException(spec, options.words(), key, args);
  }

  /** Reads the case file, applies the transition and writes the result; returns the exit code. */
  int act(BiFunction<Workflow, CaseFile, CaseFile> transition) throws IOException {
    Workflow workflow = options.workflow();
    CaseFile file = workflow == null ? null : options.read(caseFile, workflow);
    if (file == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    try {
      return options.result(transition.apply(workflow, file), workflow);
    } catch (RefusedTransitionException e) {
      return options.refused(e);
    }
  }
}
