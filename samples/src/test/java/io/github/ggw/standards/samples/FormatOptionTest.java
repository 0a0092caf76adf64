package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --format}: every command takes only the formats it can write; any other (a format of
 * another command, or none of the program's) exits 2 naming those it can, in the run's language.
 */
class FormatOptionTest {
  private static final List<String> ALL = List.of("text", "json", "csv", "html", "xlsx", "pdf",
      "ndjson");

  /** Each command with --format: the formats it writes, and arguments it needs besides. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("score", List.of("text", "json", "csv", "html", "xlsx"), List.of()),
        Arguments.of("district-summary", List.of("text", "json", "csv", "html", "xlsx"),
            List.of()),
        Arguments.of("plan-progress", List.of("text", "json"), List.of()),
        Arguments.of("work-points", List.of("text", "json"), List.of()),
        Arguments.of("measures", List.of("text", "json", "csv"), List.of()),
        Arguments.of("check-standard", List.of("text", "json"), List.of("x.json")),
        Arguments.of("certify", List.of("text", "json", "csv"), List.of()),
        Arguments.of("convert-standard", List.of("csv", "json", "xlsx"), List.of("x.json")),
        Arguments.of("match", List.of("text", "json", "csv", "html", "xlsx"), List.of()));
  }

  @ParameterizedTest(name = "{0} --format …")
  @MethodSource("commands")
  void aFormatTheCommandCannotWriteExitsTwoNamingThoseItCan(String command,
      List<String> supported, List<String> required) {
    assertThat(HelpLanguageTest.commands()).contains(command);
    for (String format : ALL) {
      if (supported.contains(format)) {
        continue;
      }
      List<String> args = new ArrayList<>(List.of(command, "--format", format));
      args.addAll(required);
      Cli.Run zh = Cli.zh(args.toArray(String[]::new));
      assertThat(zh.code()).as("%s: %s", args, zh.err()).isEqualTo(StandardsCommand.USAGE);
      assertThat(zh.err()).contains("--format 的取值“" + format + "”无效，本命令可用："
          + String.join("、", supported));
      Cli.Run en = Cli.run(Cli.ENGLISH, args.toArray(String[]::new));
      assertThat(en.code()).isEqualTo(StandardsCommand.USAGE);
      assertThat(en.err()).contains("Invalid value for --format: " + format
          + "; this command takes " + String.join(", ", supported));
    }
  }

  /** Every command that has --format is in the table above. */
  @Test
  void theTableCoversEveryCommandWithAFormat() {
    List<String> withFormat = HelpLanguageTest.commands().filter(c -> !c.isEmpty())
        .filter(c -> Cli.zh(c, "--help").out().contains("--format=FORMAT")).toList();
    assertThat(withFormat).containsExactlyInAnyOrderElementsOf(
        commands().map(a -> (String) a.get()[0]).toList());
  }

  @Test
  void formatsAreTakenInAnyCase() {
    Cli.Run r = Cli.zh("work-points", "--format", "JSON");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{");
  }
}
