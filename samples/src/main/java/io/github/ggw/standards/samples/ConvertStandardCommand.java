package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards convert-standard IN [OUT | --output FILE] [--format csv|json|xlsx]}: reads
 * a standard (JSON, CSV or an XLSX workbook, a file or {@code -}, checked as it loads) and writes
 * it as CSV (UTF-8 with a byte-order mark, for Excel), JSON or an XLSX workbook ({@link
 * io.github.ggw.standards.sheets.StandardWorkbooks}, the CSV form's columns on one sheet): the
 * format {@code --format} names, else the one the target's extension names ({@code .csv}, {@code
 * .json}, {@code .xlsx}). Without a target, writes CSV or JSON to standard output (then {@code
 * --format} is needed; a workbook needs a file). With {@code --profile}, writes the tailored
 * standalone standard. Exit 1 when IN has an error finding (nothing is written), 2 when the
 * format cannot be told.
 */
@Command(name = "convert-standard", mixinStandardHelpOptions = true)
final class ConvertStandardCommand implements Callable<Integer> {

  /** The formats a standard is written in. */
  enum Choice { csv, json, xlsx }

  @Spec CommandSpec spec;

  @Mixin StandardOptions options;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", arity = "0..1", descriptionKey = "out")
  Path out;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT")
  Choice format;

  @Option(names = "--profile", paramLabel = "PROFILE")
  Path profile;

  @Override
  public Integer call() throws IOException {
    Words words = options.words();
    if (out != null && output != null) {
      throw new UsageException(spec, words, "error.convertTwoTargets");
    }
    Path target = out != null ? out : output;
    Choice chosen = format != null ? format : target == null ? null : byExtension(target);
    if (chosen == null) {
      throw target == null ? new UsageException(spec, words, "error.convertNoTarget")
          : new UsageException(spec, words, "error.convertExtension", target);
    }
    if (target == null && chosen == Choice.xlsx) {
      throw new UsageException(spec, words, "error.convertXlsxNeedsFile");
    }
    Choice named = target == null ? null : byExtension(target);
    if (named != null && named != chosen) {
      throw new UsageException(spec, words, "error.convertMismatch", target, chosen);
    }
    PrintWriter err = spec.commandLine().getErr();
    StandardFiles files = new StandardFiles(options.mode(), words, Environment.of(spec));
    StandardFiles.Read read = files.readWithSource(in, Optional.ofNullable(profile));
    Result<Standard> r = read.result();
    ScoreCommand.printProblems(err, words, read.source().toString(), r.problems());
    if (!r.isValid()) {
      err.println(words.get("check.refused", in, StandardFiles.errors(r.problems()),
          r.problems().size() - StandardFiles.errors(r.problems())));
      return StandardsCommand.INVALID_INPUT;
    }
    Standard s = r.orElseThrow();
    byte[] bytes = switch (chosen) {
      case csv -> files.csv().writeStandardBytes(s);
      case xlsx -> files.xlsx().writeStandard(s);
      case json -> (files.json().writeStandard(s) + "\n").getBytes(StandardCharsets.UTF_8);
    };
    if (target == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(new String(bytes, StandardCharsets.UTF_8));
      stdout.flush();
      err.println(words.get("converted", in, "-", s.getId(), s.getVersion(),
          s.getAllCriteria().count()));
      return StandardsCommand.OK;
    }
    Path written = new OutputFiles(words, err).write(target, bytes);
    spec.commandLine().getOut().println(words.get("converted", in, written, s.getId(),
        s.getVersion(), s.getAllCriteria().count()));
    return StandardsCommand.OK;
  }

  /** The format a file name's extension names, or null. */
  private static Choice byExtension(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? Choice.csv : name.endsWith(".json") ? Choice.json
        : name.endsWith(".xlsx") ? Choice.xlsx : null;
  }
}
