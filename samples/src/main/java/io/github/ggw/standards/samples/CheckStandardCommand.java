package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards check-standard FILE}: loads a standard (JSON or CSV, a file or {@code -}),
 * optionally tailored by a profile, and prints every finding of the checks at load (budgets,
 * codes, bands, ladders, caps, vetoes, measures …) with its code, severity, item and message.
 * Exit 0 when there is no error (warnings do not stop loading), 1 when there is.
 */
@Command(name = "check-standard", mixinStandardHelpOptions = true)
final class CheckStandardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StandardOptions options;

  @Parameters(paramLabel = "FILE", descriptionKey = "standardFile")
  Path file;

  @Option(names = "--profile", paramLabel = "PROFILE")
  Path profile;

  @Mixin TextOrJson format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Words words = options.words();
    StandardFiles files = new StandardFiles(options.mode(), words, Environment.of(spec));
    StandardFiles.Read read = files.readWithSource(file, Optional.ofNullable(profile));
    Result<Standard> r = read.result();
    List<Problem> problems = r.problems();
    long errors = StandardFiles.errors(problems);
    PrintWriter human = format.isJson() ? err : out;
    if (format.isJson()) {
      out.println(files.json().writeProblems(problems));
    } else {
      // each problem under the file it is in: the standard's, or the profile's
      ScoreCommand.printProblems(out, words, read.source().toString(), problems);
    }
    if (r.isValid()) {
      Standard s = r.orElseThrow();
      human.println(words.get("check.valid", file, s.getId(), s.getVersion(),
          s.getAllCriteria().count(), s.getNominalMax(), s.getMaximumTotal(), errors,
          problems.size() - errors));
    } else {
      human.println(words.get("check.refused", file, errors, problems.size() - errors));
    }
    return errors > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }
}
