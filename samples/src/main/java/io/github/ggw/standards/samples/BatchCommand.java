package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options and the reading shared by the commands over a batch of a district's documents
 * ({@code district-summary}, {@code plan-progress}): inputs, {@code --standard}, {@code --format},
 * {@code --lang}, {@code --strict|--lenient}, {@code --output}.
 */
abstract class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Folders (every *.json) or files: score reports, self-assessments (scored "
          + "against the standard) and designation lists; with none, the bundled samples.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--standard", paramLabel = "FILE",
      description = "Score assessments against this standard instead of the bundled one.")
  Path standardFile;

  @Mixin TextOrJson options;

  @Option(names = "--output", paramLabel = "DIR", description = "Also write the result into DIR.")
  Path output;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  Words words;
  StandardsJson json;
  PrintWriter out;
  /** Where human text goes: standard error when JSON goes to standard output. */
  PrintWriter human;

  @Override
  public final Integer call() throws IOException {
    out = spec.commandLine().getOut();
    if (options.isReport() && (!supportsReportFormats() || output == null)) {
      spec.commandLine().getErr().println(supportsReportFormats()
          ? "--format " + options.format + " writes files: give --output DIR"
          : "--format " + options.format + " is not supported by this command (text or json)");
      return StandardsCommand.USAGE;
    }
    words = options.language.words();
    human = options.isJson() ? spec.commandLine().getErr() : out;
    ReadMode mode = ScoreCommand.Strictness.modeOf(strictness);
    json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = json.readStandard(standardFile);
      if (!s.isValid()) {
        s.problems().forEach(p -> human.println(words.get("problem", standardFile,
            p.getSeverity(), p.getCode(), p.getLocation(), p.getMessage(words.locale()))));
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    BatchInput input = new BatchInput(json, standard);
    if (paths.isEmpty()) {
      input.addBundledSamples();
    } else {
      paths.forEach(input::addPath);
    }
    int refused = input.printRefused(human, words);
    int code = run(input, standard);
    return refused > 0 ? StandardsCommand.INVALID_INPUT : code;
  }

  /**
   * Whether the command writes the report formats html, xlsx and csv.
   *
   * @return false unless a command says otherwise
   */
  boolean supportsReportFormats() {
    return false;
  }

  /**
   * Runs the command on what was read.
   *
   * @param input the documents read
   * @param standard the standard assessments were scored against
   * @return the exit code
   * @throws IOException if the output folder cannot be written
   */
  abstract int run(BatchInput input, Standard standard) throws IOException;

  /** Prints the result and writes it into {@code --output} as {@code name.json} or {@code .txt}. */
  void emit(String name, String text, String jsonText) throws IOException {
    String body = options.isJson() ? jsonText : text;
    out.print(body.endsWith("\n") ? body : body + "\n");
    if (output != null) {
      Files.createDirectories(output);
      Files.writeString(output.resolve(name + (options.isJson() ? ".json" : ".txt")), body,
          StandardCharsets.UTF_8);
    }
  }
}
