package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.testkit.synthetic.SyntheticAssessments;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards generate --count N}: writes N synthetic, valid self-assessments as
 * newline-delimited JSON, for batch runs ({@code score --batch -}) and load tests.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N synthetic, valid self-assessments as newline-delimited JSON.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N",
      description = "How many assessments, 0 to 100000000.")
  long count;

  @Option(names = "--seed", defaultValue = "2022", paramLabel = "SEED",
      description = "Seed; the same seed writes the same assessments (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--year", defaultValue = "2022", paramLabel = "YEAR",
      description = "Assessment year (default ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--standard", paramLabel = "FILE",
      description = "The standard to answer (JSON); default the bundled Changzhou standard.")
  Path standardFile;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (count < 0 || count > 100_000_000L) {
      err.println("--count must be 0 to 100000000: " + count);
      return StandardsCommand.USAGE;
    }
    StandardsJson json = StandardsJson.create();
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = json.readStandard(standardFile);
      if (!s.isValid()) {
        for (Problem p : s.problems()) {
          err.println(standardFile + ": " + p);
        }
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    if (!standard.isInForce(year)) {
      err.println("the standard is not in force in " + year);
      return StandardsCommand.USAGE;
    }
    SyntheticAssessments gen = SyntheticAssessments.of(standard, seed, year);
    spec.commandLine().getOut().flush();
    OutputStream raw = output == null ? System.out : Files.newOutputStream(output);
    try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
      for (long i = 0; i < count; i++) {
        out.write(json.writeAssessmentLine(gen.get(i)).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    } finally {
      if (output == null) {
        System.out.flush();
      }
    }
    return StandardsCommand.OK;
  }
}
