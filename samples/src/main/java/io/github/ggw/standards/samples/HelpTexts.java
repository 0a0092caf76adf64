package io.github.ggw.standards.samples;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command, from the bundle {@code help*.properties} (picocli's keys: {@code
 * standards.score.usage.description}, {@code standards.score.output}, {@code
 * usage.synopsisHeading} …) in the run's language, read without falling back to the machine's
 * locale; and the footer that states the {@code --output} rule once in the help of every command
 * that has the option: a folder ({@code --output DIR}) for commands that write a file per input
 * or unit, a file ({@code --output FILE}) for commands that write one document.
 */
final class HelpTexts {
  /** The bundle's base name. */
  static final String BUNDLE = "io.github.ggw.standards.samples.help";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private HelpTexts() {}

  /**
   * The help bundle of a language.
   *
   * @param locale zh-CN, or anything else for English
   * @return the bundle
   */
  static ResourceBundle bundle(Locale locale) {
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
  }

  /**
   * Puts the help bundle on a command line and its subcommands, and the {@code --output} footer
   * on each subcommand that has the option.
   *
   * @param cmd the root command line, its subcommands added
   * @param bundle the help bundle
   */
  static void apply(CommandLine cmd, ResourceBundle bundle) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      OptionSpec output = spec.findOption("--output");
      if (output != null) {
        // (a command that must write a file has no standard-output form to describe)
        String key = output.required() ? "footer.output.required"
            : "DIR".equals(output.paramLabel()) ? "footer.output.folder"
            : "footer.output.file";
        spec.usageMessage().footerHeading(bundle.getString("footer.heading"))
            .footer(bundle.getString(key));
      }
    }
    cmd.setResourceBundle(bundle);
  }
}
