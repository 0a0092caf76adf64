package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree of a run ({@link CommandTree}): a command line whose first argument names a
 * command gets a root with that command only, every other the whole tree, and each command line
 * prints the same, byte for byte, and exits with the same code with either tree — help, version,
 * usage errors (unknown options, invalid and missing values, excluded and repeated options) of
 * every command and the root, the runs that the golden files pin, and file errors, in both
 * languages.
 */
class CommandTreeTest {
  @TempDir static Path dir;
  private static String standard;
  private static String sample;

  /** The environments: no locale variables (zh-CN) and an English one. */
  private static final List<Map<String, String>> ENVIRONMENTS = List.of(Cli.NO_LOCALE,
      Cli.ENGLISH);

  @BeforeAll
  static void files() throws Exception {
    standard = Files.write(dir.resolve("standard.json"),
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD)).toString();
    sample = Files.write(dir.resolve("01.json"),
        ReferenceData.sample("01-excellent-primary.json")).toString();
  }

  /** The names of all commands, from the whole tree. */
  private static Set<String> commandNames() {
    return whole().getSubcommands().keySet();
  }

  private static CommandLine whole() {
    return StandardsCommand.commandLine(new Environment(Map.of(), InputStream.nullInputStream(),
        java.util.Locale.SIMPLIFIED_CHINESE));
  }

  /** Help, version and usage errors of every command: none of them runs a command. */
  static Stream<List<String>> commandLines() {
    List<List<String>> all = new ArrayList<>();
    for (String name : commandNames()) {
      for (List<String> tail : List.of(List.of("--help"), List.of("-h"), List.of("-V"),
          List.of("--version"), List.of("--nope"), List.of("--lang", "en", "--help"),
          List.of("--lang", "en", "--nope"), List.of("--lang"), List.of("--format", "nope"),
          List.of("--output"), List.of("--help", "--lang", "xx"), List.of("extra", "--nope"))) {
        List<String> line = new ArrayList<>(List.of(name));
        line.addAll(tail);
        all.add(line);
      }
    }
    return all.stream();
  }

  /** Command lines that run a command and write no file, and file errors. */
  static Stream<List<String>> runs() {
    return Stream.of(List.of("score"), List.of("score", "--format", "json"),
        List.of("score", "--lang", "en"), List.of("score", sample),
        List.of("score", "--lenient", sample), List.of("score", "--standard", standard, sample),
        List.of("score", dir.resolve("missing.json").toString()),
        List.of("score", "--standard", dir.resolve("missing.json").toString(), sample),
        List.of("score", "--strict", "--lenient", sample),
        List.of("score", "--format", "json", "--format", "text", sample),
        List.of("score", "--threads", "many", sample), List.of("score", "--threads", "0", sample),
        List.of("score", "--format", "html", sample),
        List.of("check-standard", standard), List.of("certify"), List.of("work-points", "2020"),
        List.of("work-points", "next-year"), List.of("district-summary"),
        List.of("plan-progress"), List.of("measures"), List.of("measures", "--lang", "en"),
        List.of("match"), List.of("match", "--lang", "en"));
  }

  /** Command lines that get the whole tree: no command first. */
  static Stream<List<String>> rootLines() {
    return Stream.of(List.of(), List.of("--help"), List.of("-h"), List.of("--version"),
        List.of("-V"), List.of("scor"), List.of("Score"), List.of("nope"), List.of("--nope"),
        List.of("--lang", "en"), List.of("--lang", "en", "score"), List.of("--", "score"),
        List.of("check-standards", standard), List.of(sample, "score"));
  }

  @Test
  void aCommandFirstGetsARootWithThatCommandOnly() {
    Set<String> names = commandNames();
    // seventeen commands, as StandardsCommand's annotation lists them
    assertThat(names).hasSize(StandardsCommand.class.getAnnotation(Command.class)
        .subcommands().length).hasSize(17);
    for (String name : names) {
      CommandLine root = StandardsCommand.commandLine(new Environment(Map.of(),
          InputStream.nullInputStream(), java.util.Locale.ENGLISH), name, "--help");
      assertThat(root.getSubcommands().keySet()).containsExactly(name);
      assertThat(root.getCommandName()).isEqualTo("standards");
    }
  }

  @ParameterizedTest
  @MethodSource("rootLines")
  void everyOtherCommandLineGetsTheWholeTreeAndPrintsAlike(List<String> args) {
    assertThat(CommandTree.named(args.toArray(String[]::new))).isEmpty();
    CommandLine root = StandardsCommand.commandLine(new Environment(Map.of(),
        InputStream.nullInputStream(), java.util.Locale.ENGLISH), args.toArray(String[]::new));
    assertThat(root.getSubcommands().keySet()).isEqualTo(commandNames());
    assertSameWithEitherTree(args);
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void helpVersionAndUsageErrorsAreTheSameWithEitherTree(List<String> args) {
    assertThat(CommandTree.named(args.toArray(String[]::new))).isPresent();
    assertSameWithEitherTree(args);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void runsAndTheirErrorsAreTheSameWithEitherTree(List<String> args) {
    assertSameWithEitherTree(args);
  }

  private static void assertSameWithEitherTree(List<String> args) {
    for (Map<String, String> env : ENVIRONMENTS) {
      Cli.Run expected = run(true, env, args);
      Cli.Run actual = run(false, env, args);
      // a command's own -V and --version print nothing (only the root has a version)
      boolean commandVersion = args.size() == 2 && CommandTree.named(args.get(0)).isPresent()
          && (args.get(1).equals("-V") || args.get(1).equals("--version"));
      if (!commandVersion) {
        assertThat(expected.out() + expected.err()).as("%s %s", env, args).isNotBlank();
      }
      assertThat(actual.code()).as("%s %s", env, args).isEqualTo(expected.code());
      assertThat(actual.out()).as("%s %s", env, args).isEqualTo(expected.out());
      assertThat(actual.err()).as("%s %s", env, args).isEqualTo(expected.err());
    }
  }

  /** One run as StandardsCommand#run makes it, with the whole tree or the run's own. */
  private static Cli.Run run(boolean wholeTree, Map<String, String> env, List<String> list) {
    String[] args = list.toArray(String[]::new);
    Environment environment = new Environment(env, InputStream.nullInputStream(),
        Languages.resolve(args, env));
    CommandLine cmd = wholeTree ? StandardsCommand.commandLine(environment)
        : StandardsCommand.commandLine(environment, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    cmd.setOut(o);
    cmd.setErr(e);
    int code = cmd.execute(args);
    o.flush();
    e.flush();
    return new Cli.Run(code, out.toString(), err.toString());
  }
}
