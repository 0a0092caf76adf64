package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.testkit.synthetic.SyntheticAssessments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards generate --count N}: writes N synthetic, valid self-assessments as
 * newline-delimited JSON, for batch runs ({@code score --batch -}) and load tests: to standard
 * output, or with {@code --output FILE} to that file (written under a temporary name and moved
 * into place; standard output then keeps the summary).
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N")
  long count;

  @Option(names = "--seed", defaultValue = "2022", paramLabel = "SEED")
  long seed;

  @Option(names = "--year", defaultValue = "2022", paramLabel = "YEAR")
  int year;

  @Option(names = "--standard", paramLabel = "FILE")
  Path standardFile;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @Mixin Language language;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Words words = language.words();
    if (count < 0 || count > 100_000_000L) {
      throw new UsageException(spec, words, "error.count", count);
    }
    StandardsJson json = StandardsJson.create();
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = new StandardFiles(ReadMode.STRICT, words, Environment.of(spec))
          .read(standardFile, Optional.empty());
      if (!s.isValid()) {
        ScoreCommand.printProblems(err, words, standardFile.toString(), s.problems());
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    if (!standard.isInForce(year)) {
      throw new UsageException(spec, words, "error.notInForce", standard.getId(),
          standard.getVersion(), year);
    }
    SyntheticAssessments gen = SyntheticAssessments.of(standard, seed, year);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      for (long i = 0; i < count; i++) {
        out.write(json.writeAssessmentLine(gen.get(i)));
        out.write('\n');
      }
      out.flush();
      return StandardsCommand.OK;
    }
    Path written = new OutputFiles(words, err).write(output, stream -> {
      for (long i = 0; i < count; i++) {
        stream.write(json.writeAssessmentLine(gen.get(i)).getBytes(StandardCharsets.UTF_8));
        stream.write('\n');
      }
    });
    spec.commandLine().getOut().println(words.get("generated", count, written));
    return StandardsCommand.OK;
  }
}
