package io.github.ggw.standards.samples;

import io.github.ggw.standards.sheets.MenuWorkbooks;
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
 * {@code standards menu-template [--lang] --output menus.xlsx}: writes the blank menu workbook a
 * school committee fills in ({@link MenuWorkbooks}): its needs menu and its resource menu (seed
 * §三.1) on two sheets, with the unit and year, in the run's language. The file is written under
 * a temporary name and moved into place; standard output keeps the summary. Then {@code standards
 * match menus.xlsx} matches the two. Exit 2 for a usage error.
 */
@Command(name = "menu-template", mixinStandardHelpOptions = true)
final class MenuTemplateCommand implements Callable<Integer> {
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
        .write(output, MenuWorkbooks.template(words.locale()));
    spec.commandLine().getOut().println(words.get("menuTemplate.written", written));
    return StandardsCommand.OK;
  }
}
