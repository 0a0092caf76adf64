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
import java.util.Optional;
import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.workflow.DecisionSigner;
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

  @Option(names = "--key", paramLabel = "FILE")
  Path keyFile;

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
    if (keyFile != null) {
      Optional<DecisionSigner> key = key();
      if (key.isEmpty()) {
        return StandardsCommand.INVALID_INPUT;
      }
      workflow = workflow.signingWith(key.get());
    }
    try {
      return options.result(transition.apply(workflow, file), workflow);
    } catch (RefusedTransitionException e) {
      return options.refused(e);
    }
  }

  /**
   * The private key of {@code --key} (PKCS#12 or encrypted PKCS#8 PEM), its password from
   * {@code STANDARDS_KEY_PASSWORD} or the prompt; empty after printing why it cannot be used.
   */
  private Optional<DecisionSigner> key() {
    byte[] bytes;
    try {
      if (java.nio.file.Files.size(keyFile) > 1_000_000) {
        throw new IOException("larger than 1 MB");
      }
      bytes = java.nio.file.Files.readAllBytes(keyFile);
    } catch (IOException | RuntimeException e) {
      options.err().println(options.words().get("key.unreadable", keyFile));
      return Optional.empty();
    }
    Optional<char[]> password = KeyPasswords.password(options.environment(), options.words(),
        false);
    if (password.isEmpty()) {
      options.err().println(options.words().get("key.noPassword", KeyPasswords.VARIABLE));
      return Optional.empty();
    }
    Result<Sm2KeyPair> pair = Sm2KeyPair.read(bytes, password.get());
    java.util.Arrays.fill(password.get(), '\0');
    if (!pair.isValid()) {
      options.problems(keyFile.toString(), pair.problems());
      return Optional.empty();
    }
    return Optional.of(pair.orElseThrow().signer());
  }
}
