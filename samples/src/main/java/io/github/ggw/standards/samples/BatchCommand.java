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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options and the reading shared by the commands over a batch of a district's documents
 * ({@code district-summary}, {@code plan-progress}): inputs (files, folders, {@code -}), {@code
 * --standard}, {@code --lang}, {@code --strict|--lenient}, {@code --output DIR}; each command
 * declares the {@code --format} values it writes. Two files of one unit and year with different
 * content are a conflict naming both: the command writes nothing and exits 1; two with the same
 * content are counted once, with a warning.
 */
abstract class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "inputs")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--standard", paramLabel = "FILE")
  Path standardFile;

  @Mixin Language language;

  @Option(names = "--output", paramLabel = "DIR")
  Path output;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  Words words;
  StandardsJson json;
  PrintWriter out;
  /** Where human text goes: standard error when JSON goes to standard output. */
  PrintWriter human;
  /** Where problems go: with the human text, or standard error when files are written. */
  PrintWriter problems;
  /** The run's writer of {@code --output} files. */
  OutputFiles written;

  /**
   * The format the command writes.
   *
   * @return the value of {@code --format}
   */
  abstract Format format();

  @Override
  public final Integer call() throws IOException {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    words = language.words();
    if (format().filesOnly() && output == null) {
      throw new UsageException(spec, words, "error.formatNeedsOutput", format());
    }
    OutputFiles.requireFolder(output);
    human = format() == Format.json && output == null ? err : out;
    problems = output == null ? human : err;
    written = new OutputFiles(words, err);
    Environment env = Environment.of(spec);
    ReadMode mode = ScoreCommand.Strictness.modeOf(strictness);
    json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    Standard standard = ReferenceData.changzhouStandard();
    if (standardFile != null) {
      Result<Standard> s = new StandardFiles(mode, words, env).read(standardFile,
          Optional.empty());
      if (!s.isValid()) {
        ScoreCommand.printProblems(problems, words, standardFile.toString(), s.problems());
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    InputResolver resolver = new InputResolver(words, EnumSet.of(InputKind.JSON, InputKind.XLSX),
        true, json.getLimits().maxDocumentBytes(), env);
    BatchInput input = new BatchInput(json, standard, resolver);
    if (paths.isEmpty()) {
      input.addBundledSamples();
    } else {
      resolver.resolve(paths).forEach(input::add);
    }
    int refused = input.printRefused(problems, words);
    int conflicts = input.settle();
    input.files.print(problems, words);
    if (conflicts > 0) {
      // one unit and year, one file: a conflict stops the command before it writes anything
      return StandardsCommand.INVALID_INPUT;
    }
    int code = run(input, standard);
    return refused > 0 ? StandardsCommand.INVALID_INPUT : code;
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

  /**
   * Prints the result, or with {@code --output DIR} writes it there as {@code name.json} or
   * {@code name.txt} and prints the count of files written.
   */
  void emit(String name, String text, String jsonText) throws IOException {
    String body = format() == Format.json ? jsonText : text;
    body = body.endsWith("\n") ? body : body + "\n";
    if (output == null) {
      out.print(body);
    } else {
      written.write(output.resolve(name + (format() == Format.json ? ".json" : ".txt")),
          body.getBytes(StandardCharsets.UTF_8));
      human.println(words.get("written", written.count(), output));
    }
  }
}
