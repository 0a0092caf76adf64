package io.github.ggw.standards.samples;

import io.github.ggw.standards.sheets.StandardWorkbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards new-standard [--lang] --output sheet.xlsx}: writes the blank authoring
 * workbook of a standard ({@link StandardWorkbooks#template()}): the sheet 评分表 with the columns
 * of the CSV form headed in Chinese, drop-downs for rule kinds and item kinds, a {@code
 * @standard} row and one example row per rule kind, which read as they are to a valid standard.
 * The file is written under a temporary name and moved into place (the write rule, {@link
 * OutputFiles}); standard output keeps the summary. Every command that takes a standard reads the
 * filled-in workbook. Exit 2 for a usage error (no {@code --output}, or not an {@code .xlsx}).
 */
@Command(name = "new-standard", mixinStandardHelpOptions = true)
final class NewStandardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "FILE")
  Path output;

  @Mixin Language language;

  @Override
  public Integer call() throws IOException {
    Words words = language.words();
    if (!String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException(spec, words, "error.templateExtension", output);
    }
    Path written = new OutputFiles(words, spec.commandLine().getErr())
        .write(output, StandardWorkbooks.template());
    spec.commandLine().getOut().println(words.get("newStandard.written", written));
    return StandardsCommand.OK;
  }
}
