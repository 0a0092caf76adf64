package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards convert-standard IN OUT}: reads a standard (JSON or CSV, checked as it loads)
 * and writes it in the format OUT's extension names: {@code .csv} (UTF-8 with a byte-order mark,
 * for Excel) or {@code .json}. With {@code --profile}, writes the tailored standalone standard.
 * Exit 1 when IN has an error finding (nothing is written), 2 when OUT's extension is neither.
 */
@Command(name = "convert-standard", mixinStandardHelpOptions = true,
    description = "Convert a standard between CSV and JSON (by the extension of OUT).")
final class ConvertStandardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StandardOptions options;

  @Parameters(index = "0", paramLabel = "IN", description = "The standard: JSON or CSV.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: *.csv or *.json.")
  Path out;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "Resolve this tailoring profile against IN and write the tailored standard.")
  Path profile;

  @Override
  public Integer call() throws IOException {
    String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".json")) {
      throw new ParameterException(spec.commandLine(), "OUT must end in .csv or .json: " + out);
    }
    Words words = options.words();
    StandardFiles files = new StandardFiles(options.mode());
    Result<Standard> r = files.read(in, Optional.ofNullable(profile));
    ScoreCommand.printProblems(spec.commandLine().getErr(), words, in.toString(),
        r.problems());
    if (!r.isValid()) {
      spec.commandLine().getErr().println(words.get("check.refused", in,
          StandardFiles.errors(r.problems()),
          r.problems().size() - StandardFiles.errors(r.problems())));
      return StandardsCommand.INVALID_INPUT;
    }
    Standard s = r.orElseThrow();
    byte[] bytes = csv ? files.csv().writeStandardBytes(s)
        : (files.json().writeStandard(s) + "\n").getBytes(StandardCharsets.UTF_8);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, bytes);
    spec.commandLine().getOut().println(words.get("converted", in, out, s.getId(),
        s.getVersion(), s.allCriteria().count()));
    return StandardsCommand.OK;
  }
}
